-- Statistics: what the dashboards group by, kept on the request by the aggregate itself.

ALTER TABLE accommodation_request ADD COLUMN latest_decider VARCHAR(64);
ALTER TABLE accommodation_request ADD COLUMN first_decision_seconds BIGINT;

CREATE INDEX ix_request_submitted ON accommodation_request (submitted_at);
CREATE INDEX ix_request_job_class ON accommodation_request (job_class_code, submitted_at);
CREATE INDEX ix_request_decider ON accommodation_request (latest_decider);
CREATE INDEX ix_decision_stage ON request_decision (stage, request_id);

-- Stable pseudonyms for reviewers in the union's views: "Reviewer A", "Reviewer B", ...
CREATE TABLE reviewer_alias (
    username VARCHAR(64) PRIMARY KEY,
    alias_no INTEGER NOT NULL UNIQUE
);
