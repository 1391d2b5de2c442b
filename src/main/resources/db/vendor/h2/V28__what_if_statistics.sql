-- PostgreSQL's V28 adds planner statistics for the what-if's grouping; H2 has no such thing. This
-- keeps the schema versions the same on both databases.
SELECT 1;
