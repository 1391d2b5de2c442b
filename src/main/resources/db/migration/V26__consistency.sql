-- Are decisions consistent? (issue 26): what union representatives were shown, saved what-if
-- policies, and pairs of alike requests that HR leads marked reviewed.

CREATE SEQUENCE disclosure_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE disclosure_log (
    id          BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP    NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    channel     VARCHAR(16)  NOT NULL,
    query       VARCHAR(500) NOT NULL,
    figures     INTEGER      NOT NULL,
    hidden      INTEGER      NOT NULL
);
CREATE INDEX ix_disclosure_time ON disclosure_log (occurred_at);
CREATE INDEX ix_disclosure_user ON disclosure_log (username, occurred_at);

CREATE SEQUENCE policy_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE what_if_policy (
    id         BIGINT PRIMARY KEY,
    version    BIGINT       NOT NULL,
    name       VARCHAR(120) NOT NULL,
    side       VARCHAR(8)   NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    changed_at TIMESTAMP    NOT NULL
);
CREATE TABLE what_if_rule (
    policy_id        BIGINT      NOT NULL REFERENCES what_if_policy (id) ON DELETE CASCADE,
    position         INTEGER     NOT NULL,
    category         VARCHAR(32) NOT NULL,
    arrangement_type VARCHAR(32),
    kind             VARCHAR(24) NOT NULL,
    parameter        INTEGER,
    PRIMARY KEY (policy_id, position)
);

CREATE SEQUENCE consistency_review_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE consistency_review (
    id             BIGINT PRIMARY KEY,
    first_request  BIGINT      NOT NULL REFERENCES accommodation_request (id),
    second_request BIGINT      NOT NULL REFERENCES accommodation_request (id),
    reviewed_by    VARCHAR(64) NOT NULL,
    reviewed_at    TIMESTAMP   NOT NULL,
    CONSTRAINT uq_consistency_pair UNIQUE (first_request, second_request)
);

-- Alike requests: same category, arrangement, job class and location, filed near in time.
CREATE INDEX ix_request_alike
    ON accommodation_request (category, arrangement_type, job_class_code, work_location_code, submitted_at);
