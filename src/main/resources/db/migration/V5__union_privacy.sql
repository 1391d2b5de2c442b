-- Union privacy (ADR 0007): record keys for cell-key perturbation, and random reviewer pseudonyms.

-- Each request's fixed random record key in [0, 2^31): a published figure's noise is a function of
-- the sum of the keys of the requests it counts. Existing requests get theirs here.
ALTER TABLE accommodation_request ADD COLUMN record_key BIGINT DEFAULT 0 NOT NULL;
UPDATE accommodation_request SET record_key = CAST(FLOOR(RANDOM() * 2147483647) AS BIGINT);

-- The cubes keep the key sums of the requests they count, beside the counts.
ALTER TABLE stats_cube ADD COLUMN key_sum BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE stats_decision_time ADD COLUMN key_sum BIGINT DEFAULT 0 NOT NULL;
UPDATE stats_cube_state SET complete_before = 0;

-- A reviewer's pseudonym: random letters, given when the account becomes a reviewer, never derived
-- from the name or the order of creation, and never created by a read. Existing reviewers get one.
ALTER TABLE user_account ADD COLUMN pseudonym VARCHAR(16);
CREATE UNIQUE INDEX ux_user_account_pseudonym ON user_account (pseudonym);
UPDATE user_account SET pseudonym =
    CHR(65 + CAST(FLOOR(RANDOM() * 26) AS INTEGER)) || CHR(65 + CAST(FLOOR(RANDOM() * 26) AS INTEGER))
    || CHR(65 + CAST(FLOOR(RANDOM() * 26) AS INTEGER)) || CHR(65 + CAST(FLOOR(RANDOM() * 26) AS INTEGER))
    || CHR(65 + CAST(FLOOR(RANDOM() * 26) AS INTEGER))
  WHERE username IN (SELECT username FROM user_role WHERE role_name = 'REVIEWER');

DROP TABLE reviewer_alias;
