-- Decision letters (issue 9): the PDF issued for each decision, first and on appeal, kept as sent.
CREATE SEQUENCE letter_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE decision_letter (
    id           BIGINT      PRIMARY KEY,
    request_id   BIGINT      NOT NULL REFERENCES accommodation_request (id),
    decision_id  BIGINT      NOT NULL UNIQUE REFERENCES request_decision (id),
    language     VARCHAR(8)  NOT NULL,
    issued_at    TIMESTAMP   NOT NULL,
    content      BYTEA       NOT NULL
);

CREATE INDEX ix_letter_request ON decision_letter (request_id);
