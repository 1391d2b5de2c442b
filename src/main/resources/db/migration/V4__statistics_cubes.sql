-- Pre-aggregated statistics for completed months (ADR 0008): small cubes that the dashboards sum
-- instead of scanning every request. Refreshed from accommodation_request by the application.

CREATE TABLE stats_cube (
    kind     VARCHAR(16) NOT NULL,
    yyyymm   INTEGER     NOT NULL,
    category VARCHAR(32) NOT NULL,
    dim      VARCHAR(64) NOT NULL,
    bucket   VARCHAR(32) NOT NULL,
    n        BIGINT      NOT NULL
);

CREATE INDEX ix_stats_cube ON stats_cube (kind, yyyymm, category);

-- Time from submission to first decision, in tenths of a day, per completed month and category.
CREATE TABLE stats_decision_time (
    yyyymm   INTEGER     NOT NULL,
    category VARCHAR(32) NOT NULL,
    tenths   INTEGER     NOT NULL,
    n        BIGINT      NOT NULL
);

CREATE INDEX ix_stats_decision_time ON stats_decision_time (yyyymm, category);

-- Which months the cubes cover: every month before complete_before (yyyymm).
CREATE TABLE stats_cube_state (
    id              INTEGER PRIMARY KEY,
    complete_before INTEGER   NOT NULL,
    refreshed_at    TIMESTAMP NOT NULL
);

CREATE INDEX ix_request_open_category ON accommodation_request (status, category, submitted_at);
CREATE INDEX ix_request_appealed ON accommodation_request (appealed_at, submitted_at);

INSERT INTO stats_cube_state (id, complete_before, refreshed_at) VALUES (1, 0, CURRENT_TIMESTAMP);
