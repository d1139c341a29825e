-- Tokens of the legacy API (seed 001); only the SHA-256 of the secret is kept. Runs on PostgreSQL and on H2.
CREATE TABLE legacy_tokens (
    id         UUID PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL,
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ux_legacy_tokens_hash ON legacy_tokens (token_hash);
CREATE INDEX ix_legacy_tokens_user ON legacy_tokens (user_id);
