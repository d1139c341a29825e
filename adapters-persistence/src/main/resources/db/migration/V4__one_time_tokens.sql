-- Mailed single-use tokens (email verification, password reset); only the SHA-256 of the secret is kept.
CREATE TABLE one_time_tokens (
    id         UUID PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL,
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    VARCHAR(20) NOT NULL,
    email_key  VARCHAR(1000) NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX ux_one_time_tokens_hash ON one_time_tokens (token_hash);
CREATE INDEX ix_one_time_tokens_user ON one_time_tokens (user_id, purpose);
