-- An employee accepts an arrangement granted with changes (issue 11 #11): the decision is then
-- final. The history records it (action ACCEPT); this column lets the rules read it without the
-- history.
ALTER TABLE accommodation_request ADD COLUMN accepted_at TIMESTAMP;
