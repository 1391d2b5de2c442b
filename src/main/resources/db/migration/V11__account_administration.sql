-- Account administration (issue 10): contact address and language on every account, and the audit
-- log of administrators' changes. The log keeps data (JSON of the fields before and after), never
-- a password or its hash; pages render it in the reader's language.
ALTER TABLE user_account ADD COLUMN email VARCHAR(254);
ALTER TABLE user_account ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;

CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id           BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMP NOT NULL,
    actor        VARCHAR(64) NOT NULL,
    action       VARCHAR(40) NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    before_state VARCHAR(4000),
    after_state  VARCHAR(4000)
);

CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);
