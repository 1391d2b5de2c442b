-- Proxy intake (issue 25): HR or a union rep files a request for an employee, who confirms it
-- before HR reads or decides anything. Who filed it, in which capacity (HR, UNION), the consent a
-- union rep recorded (free text, purged with the rest) and when the employee confirmed it.
ALTER TABLE accommodation_request ADD COLUMN filed_by VARCHAR(64);
ALTER TABLE accommodation_request ADD COLUMN filed_as VARCHAR(16);
ALTER TABLE accommodation_request ADD COLUMN proxy_consent VARCHAR(4000);
ALTER TABLE accommodation_request ADD COLUMN confirmed_at TIMESTAMP;
