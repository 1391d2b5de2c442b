-- Records that last exactly as long as they must (issue 24): a key per request for its documents
-- (crypto-shredding), a seal on every history and audit entry and the ledger that chains them,
-- checkpoints, legal holds, and what a purge leaves on a request.

-- Each request's document key, wrapped under the master key named by its id. Deleting the row makes
-- the request's documents unreadable everywhere, backups included.
CREATE TABLE request_key (
    request_id    BIGINT PRIMARY KEY REFERENCES accommodation_request (id),
    master_key_id VARCHAR(16) NOT NULL,
    wrapped_key   BYTEA NOT NULL
);

-- Rows written before this version are in the clear until start-up encrypts them.
ALTER TABLE document_content ADD COLUMN encrypted BOOLEAN DEFAULT FALSE NOT NULL;

-- Seals (HMAC-SHA256 under the ledger key) and positions in the ledger.
ALTER TABLE request_history ADD COLUMN text_digest VARCHAR(64);
ALTER TABLE request_history ADD COLUMN seal VARCHAR(64);
ALTER TABLE request_history ADD COLUMN ledger_position BIGINT;
CREATE INDEX ix_history_ledger ON request_history (ledger_position);
ALTER TABLE audit_entry ADD COLUMN seal VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN ledger_position BIGINT;
CREATE INDEX ix_audit_ledger ON audit_entry (ledger_position);

-- The chain: position n holds an entry's seal and SHA-256(chain at n-1 | seal).
CREATE TABLE ledger_entry (
    position BIGINT PRIMARY KEY,
    source   VARCHAR(8) NOT NULL,
    entry_id BIGINT NOT NULL,
    seal     VARCHAR(64) NOT NULL,
    chain    VARCHAR(64) NOT NULL,
    CONSTRAINT uq_ledger_entry UNIQUE (source, entry_id)
);

CREATE TABLE ledger_checkpoint (
    tree_size BIGINT PRIMARY KEY,
    root      VARCHAR(64) NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    key_id    VARCHAR(16) NOT NULL,
    signature VARCHAR(64) NOT NULL
);

-- The row whose lock nodes take in turn to append to the chain, and the one that holds and purges
-- take in turn (a hold placed while a purge runs is seen by it).
INSERT INTO scheduled_job (job) VALUES ('LEDGER');
INSERT INTO scheduled_job (job) VALUES ('RETENTION');

-- The entries written before seals existed: the genesis seals these (and only these) once, while
-- the chain is still empty. Stop every node before upgrading: an older node's entries written after
-- this point stay unsealed, and Verify names them.
INSERT INTO app_setting (name, setting_value)
    SELECT 'ledger-genesis-history', CAST(COALESCE(MAX(id), 0) AS VARCHAR(200)) FROM request_history;
INSERT INTO app_setting (name, setting_value)
    SELECT 'ledger-genesis-audit', CAST(COALESCE(MAX(id), 0) AS VARCHAR(200)) FROM audit_entry;

-- Legal holds: on a request, on an employee (all their requests) or on a work location.
CREATE SEQUENCE hold_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE legal_hold (
    id           BIGINT PRIMARY KEY,
    scope        VARCHAR(16) NOT NULL,
    target       VARCHAR(64) NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    reference    VARCHAR(100) NOT NULL,
    placed_by    VARCHAR(64) NOT NULL,
    placed_at    TIMESTAMP NOT NULL,
    released_by  VARCHAR(64),
    released_at  TIMESTAMP,
    version      BIGINT DEFAULT 0 NOT NULL
);

CREATE INDEX ix_hold_target ON legal_hold (scope, target);

-- What a purge leaves on the request: when, and under which rule.
ALTER TABLE accommodation_request ADD COLUMN purged_at TIMESTAMP;
ALTER TABLE accommodation_request ADD COLUMN purge_rule VARCHAR(32);
