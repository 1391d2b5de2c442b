-- Notices (issue 9): what each person is told about a request, in the app and by mail. The table is
-- also the mail outbox: a notice is written in the same transaction as the step it tells of and
-- sent after commit, with retries (mail_state, next_attempt_at), so that no step fails because mail
-- failed and no notice is lost while the mail server is down.
CREATE SEQUENCE notice_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE notice (
    id               BIGINT       PRIMARY KEY,
    version          BIGINT       NOT NULL,
    recipient        VARCHAR(64)  NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    request_id       BIGINT,
    item_count       INTEGER,
    due_date         DATE,
    created_at       TIMESTAMP    NOT NULL,
    read_at          TIMESTAMP,
    mail_state       VARCHAR(16)  NOT NULL,
    mail_attempts    INTEGER      DEFAULT 0 NOT NULL,
    next_attempt_at  TIMESTAMP,
    claimed_at       TIMESTAMP,
    sent_at          TIMESTAMP,
    last_error       VARCHAR(500)
);

CREATE INDEX notice_recipient ON notice (recipient, created_at);
CREATE INDEX notice_outbox ON notice (mail_state, next_attempt_at);
CREATE INDEX notice_request ON notice (request_id, kind);

-- Daily work (reminders, the overdue digest, expiry) runs once a day across all nodes: the node
-- whose conditional UPDATE moves last_day to today runs it.
CREATE TABLE scheduled_job (
    job       VARCHAR(40) PRIMARY KEY,
    last_day  DATE
);
INSERT INTO scheduled_job (job) VALUES ('DAILY');
