-- The backlog counts open requests by age with the sum of their record keys (ADR 0007, 0008):
-- indexes that hold the key let the database answer from the index alone.
CREATE INDEX ix_request_open_keys ON accommodation_request (status, submitted_at, record_key);
DROP INDEX ix_request_status;
CREATE INDEX ix_request_open_category_keys
    ON accommodation_request (status, category, submitted_at, record_key);
DROP INDEX ix_request_open_category;
