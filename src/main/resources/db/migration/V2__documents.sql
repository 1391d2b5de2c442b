-- Supporting documents: descriptions in one table, bytes in another, apart from the case record.

CREATE SEQUENCE document_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE request_document (
    id           BIGINT PRIMARY KEY,
    request_id   BIGINT NOT NULL REFERENCES accommodation_request (id),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    uploaded_by  VARCHAR(64) NOT NULL,
    uploaded_at  TIMESTAMP NOT NULL
);

CREATE INDEX ix_document_request ON request_document (request_id);

CREATE TABLE document_content (
    document_id BIGINT PRIMARY KEY REFERENCES request_document (id),
    content     BYTEA NOT NULL
);
