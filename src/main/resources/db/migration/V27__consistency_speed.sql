-- The consistency funnel at a million requests (issue 26): the first decision's outcome beside its
-- decider on the request, so that the funnel reads one table, and indexes in the funnel's grouping
-- order that hold every column it reads (an index-only scan, grouped without a sort).
ALTER TABLE accommodation_request ADD COLUMN first_outcome VARCHAR(32);
UPDATE accommodation_request SET first_outcome =
    (SELECT d.outcome FROM request_decision d WHERE d.request_id = accommodation_request.id AND d.stage = 'INITIAL');
CREATE INDEX ix_request_funnel_reviewer ON accommodation_request
    (first_decider, category, arrangement_type, job_class_code, first_outcome, submitted_at, record_key);
CREATE INDEX ix_request_funnel_location ON accommodation_request
    (work_location_code, category, arrangement_type, job_class_code, first_outcome, submitted_at, record_key);
