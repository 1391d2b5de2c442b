-- Live statistics (ADR 0008): every change of a request appends its difference to the cubes in the
-- same transaction (batch NULL); a periodic fold marks appended rows with a batch number and
-- replaces each cell's rows by one (batch 0). Built rows are batch 0.
ALTER TABLE stats_cube ADD COLUMN batch BIGINT;
ALTER TABLE stats_decision_time ADD COLUMN batch BIGINT;
UPDATE stats_cube SET batch = 0;
UPDATE stats_decision_time SET batch = 0;
CREATE INDEX ix_stats_cube_batch ON stats_cube (batch);
CREATE INDEX ix_stats_decision_time_batch ON stats_decision_time (batch);
-- the cubes now cover every month, the current one included: build them anew
UPDATE stats_cube_state SET complete_before = 0;
-- The union's list of shared requests, newest first.
CREATE INDEX ix_request_shared ON accommodation_request (shared_with_union, submitted_at);
