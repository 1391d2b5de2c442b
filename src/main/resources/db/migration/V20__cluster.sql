-- Several nodes on one database (issue 12).
--
-- Scheduled work that repeats within a day (the statistics fold every five minutes) runs once per
-- cycle across the nodes: the node whose conditional UPDATE moves last_cycle to the current cycle
-- runs it, as last_day does for the daily work.
ALTER TABLE scheduled_job ADD COLUMN last_cycle BIGINT;
INSERT INTO scheduled_job (job) VALUES ('STATS_FOLD');

-- Sign-ins ended by an administrator (deactivated, roles or password changed): every node reads
-- the new rows every few seconds and ends the sessions that began before. Append only (no row is
-- ever updated, so two nodes never collide); rows older than two days are deleted.
CREATE SEQUENCE sign_in_revocation_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE sign_in_revocation (
    id          BIGINT PRIMARY KEY,
    username    VARCHAR(100) NOT NULL,
    revoked_at  TIMESTAMP NOT NULL
);
CREATE INDEX sign_in_revocation_at ON sign_in_revocation (revoked_at);

-- Nodes starting together on an empty database: the one-off start-up work (demo data, the first
-- administrator, building the statistics) locks this row first, so that one node does it and the
-- others find it done.
INSERT INTO scheduled_job (job) VALUES ('STARTUP');
