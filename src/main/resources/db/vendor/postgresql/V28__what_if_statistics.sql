-- The what-if's one grouped scan (issue 26) groups the decided requests by six columns. Without
-- statistics on how many combinations they take together, PostgreSQL multiplies the columns'
-- distinct counts, expects far more groups than there are (56,000 for 17,700 at a million
-- requests), and sorts on disk instead of hashing in memory: 1.7 s. With these, 0.58 s
-- (docs/performance.md). PostgreSQL only; H2 has its own V28, which does nothing.
CREATE STATISTICS st_request_what_if (ndistinct)
    ON category, work_location_code, job_class_code, arrangement_type, remote_days_per_week,
       latest_outcome
    FROM accommodation_request;
ANALYZE accommodation_request;
