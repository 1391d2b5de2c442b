-- Accommodation Desk: the initial schema. Portable SQL, valid on H2 2.x and PostgreSQL 13+.

CREATE SEQUENCE request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE history_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE decision_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE work_location (
    code VARCHAR(40) PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE job_class (
    code VARCHAR(40) PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE user_account (
    username           VARCHAR(64) PRIMARY KEY,
    display_name       VARCHAR(200) NOT NULL,
    password_hash      VARCHAR(512) NOT NULL,
    work_location_code VARCHAR(40) REFERENCES work_location (code),
    job_class_code     VARCHAR(40) REFERENCES job_class (code),
    enabled            BOOLEAN NOT NULL,
    version            BIGINT NOT NULL
);

CREATE TABLE user_role (
    username  VARCHAR(64) NOT NULL REFERENCES user_account (username),
    role_name VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, role_name)
);

CREATE TABLE accommodation_request (
    id                     BIGINT PRIMARY KEY,
    version                BIGINT NOT NULL,
    requester              VARCHAR(64) NOT NULL REFERENCES user_account (username),
    category               VARCHAR(32) NOT NULL,
    arrangement_type       VARCHAR(32) NOT NULL,
    remote_days_per_week   INTEGER,
    arrangement_description VARCHAR(2000),
    start_date             DATE NOT NULL,
    end_date               DATE,
    work_location_code     VARCHAR(40) NOT NULL REFERENCES work_location (code),
    job_class_code         VARCHAR(40) NOT NULL REFERENCES job_class (code),
    relationship           VARCHAR(32),
    attestation            BOOLEAN,
    functional_limitations VARCHAR(4000),
    justification          VARCHAR(4000),
    status                 VARCHAR(32) NOT NULL,
    assigned_reviewer      VARCHAR(64),
    first_decider          VARCHAR(64),
    latest_outcome         VARCHAR(32),
    submitted_at           TIMESTAMP NOT NULL,
    decided_at             TIMESTAMP,
    appealed_at            TIMESTAMP,
    shared_with_union      BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE INDEX ix_request_requester ON accommodation_request (requester, submitted_at);
CREATE INDEX ix_request_status ON accommodation_request (status, submitted_at);
CREATE INDEX ix_request_category_status ON accommodation_request (category, status);
CREATE INDEX ix_request_location ON accommodation_request (work_location_code, submitted_at);

CREATE TABLE request_history (
    id          BIGINT PRIMARY KEY,
    request_id  BIGINT NOT NULL REFERENCES accommodation_request (id),
    seq_no      INTEGER NOT NULL,
    action      VARCHAR(32) NOT NULL,
    from_status VARCHAR(32),
    to_status   VARCHAR(32) NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    comment     VARCHAR(4000)
);

CREATE INDEX ix_history_request ON request_history (request_id, seq_no);

CREATE TABLE request_decision (
    id                  BIGINT PRIMARY KEY,
    request_id          BIGINT NOT NULL REFERENCES accommodation_request (id),
    stage               VARCHAR(16) NOT NULL,
    outcome             VARCHAR(32) NOT NULL,
    reason_code         VARCHAR(48),
    explanation         VARCHAR(4000),
    granted_type        VARCHAR(32),
    granted_days        INTEGER,
    granted_description VARCHAR(2000),
    decided_by          VARCHAR(64) NOT NULL,
    decided_at          TIMESTAMP NOT NULL
);

CREATE INDEX ix_decision_request ON request_decision (request_id);
