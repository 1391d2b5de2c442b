-- Personal access tokens for API clients (issue 10): only the SHA-256 digest of the secret is kept.
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id         BIGINT PRIMARY KEY,
    owner      VARCHAR(64) NOT NULL REFERENCES user_account (username),
    name       VARCHAR(100) NOT NULL,
    digest     VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    version    BIGINT NOT NULL,
    CONSTRAINT uq_api_token_digest UNIQUE (digest)
);

CREATE INDEX ix_api_token_owner ON api_token (owner, created_at);
