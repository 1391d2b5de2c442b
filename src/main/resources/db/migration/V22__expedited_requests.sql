-- Expedited handling (issue 23 #4): the date an employee needs the arrangement by and why, and
-- whether HR expedited the request (then its decision is due by that date when it comes before the
-- normal limit; the kept clock holds the earlier of the two).
ALTER TABLE accommodation_request ADD COLUMN needed_by DATE;
ALTER TABLE accommodation_request ADD COLUMN needed_by_reason VARCHAR(4000);
ALTER TABLE accommodation_request ADD COLUMN expedited BOOLEAN DEFAULT FALSE NOT NULL;
