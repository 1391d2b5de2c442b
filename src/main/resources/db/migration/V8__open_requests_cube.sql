-- The backlog from the cubes (ADR 0008): open requests per submission day (kind OPEN; its yyyymm
-- column holds yyyymmdd), category and location, kept by the ledger. Build the cubes anew.
UPDATE stats_cube_state SET complete_before = 0;
