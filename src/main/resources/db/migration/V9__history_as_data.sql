-- History stores data, not prose (issue 8): a decision step points at its decision, whose reason
-- code, granted arrangement and explanation are rendered in the reader's language. Until now such
-- steps carried "REASON: explanation" or "Granted: ..." text, which could overflow the column.
ALTER TABLE request_history ADD COLUMN decision_id BIGINT REFERENCES request_decision (id);

UPDATE request_history h
   SET decision_id = (SELECT MIN(d.id) FROM request_decision d
                       WHERE d.request_id = h.request_id
                         AND d.decided_at = h.occurred_at
                         AND d.decided_by = h.actor)
 WHERE h.action IN ('APPROVE', 'APPROVE_WITH_CHANGES', 'DENY');

UPDATE request_history SET comment = NULL WHERE decision_id IS NOT NULL;

-- Entry numbers were "size + 1" without a constraint: concurrent steps could repeat one. Renumber
-- the requests that have a repeat by time, then make (request, number) unique.
UPDATE request_history h
   SET seq_no = (SELECT COUNT(*) FROM request_history h2
                  WHERE h2.request_id = h.request_id
                    AND (h2.occurred_at < h.occurred_at
                         OR (h2.occurred_at = h.occurred_at AND h2.id <= h.id)))
 WHERE h.request_id IN (SELECT request_id FROM request_history
                         GROUP BY request_id, seq_no HAVING COUNT(*) > 1);

DROP INDEX ix_history_request;
ALTER TABLE request_history ADD CONSTRAINT uq_history_request_seq UNIQUE (request_id, seq_no);

-- The next entry's number lives on the request, so every step updates (and version-checks) it.
ALTER TABLE accommodation_request ADD COLUMN history_length INTEGER DEFAULT 0 NOT NULL;
UPDATE accommodation_request r
   SET history_length = (SELECT COALESCE(MAX(h.seq_no), 0) FROM request_history h
                          WHERE h.request_id = r.id);

-- What a reader saw (the page's and the API's expected version): every step but downloads. It
-- starts from the old version, so that ETags handed out before stay valid.
ALTER TABLE accommodation_request ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
UPDATE accommodation_request SET revision = version;
