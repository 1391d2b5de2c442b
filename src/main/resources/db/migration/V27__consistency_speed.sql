-- The consistency funnel at a million requests (issue 26): the first decision's outcome beside its
-- decider on the request, so that the funnel of denials reads one table, not a join of a million
-- requests with a million decisions (1.1 s to 0.33 s on PostgreSQL; docs/performance.md).
ALTER TABLE accommodation_request ADD COLUMN first_outcome VARCHAR(32);
UPDATE accommodation_request SET first_outcome =
    (SELECT d.outcome FROM request_decision d WHERE d.request_id = accommodation_request.id AND d.stage = 'INITIAL');
