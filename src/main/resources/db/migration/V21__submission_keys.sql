-- Idempotent filing (issue 21): a form posted twice, or an API call retried with the same
-- Idempotency-Key, files one request. The key is the requester's, with a fingerprint of what was
-- filed under it; the primary key makes exactly one of several concurrent posts win. Rows are
-- deleted by the daily work a day after they were made.
CREATE TABLE submission_key (
    requester       VARCHAR(64)  NOT NULL,
    submission_key  VARCHAR(100) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    request_id      BIGINT       NOT NULL REFERENCES accommodation_request (id) ON DELETE CASCADE,
    created_at      TIMESTAMP    NOT NULL,
    PRIMARY KEY (requester, submission_key)
);
CREATE INDEX submission_key_created ON submission_key (created_at);
