-- Renewals (issue 9): a request can renew an approval that ends or ended; it links the original.
ALTER TABLE accommodation_request ADD COLUMN renewal_of BIGINT;
CREATE INDEX ix_request_renewal_of ON accommodation_request (renewal_of);
