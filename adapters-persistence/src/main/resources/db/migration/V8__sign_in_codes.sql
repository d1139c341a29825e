-- Mailed one-time sign-in codes (seed 002). Neither the nonce nor the digits are kept in clear: the code is found by
-- the SHA-256 of its nonce, and checked against the SHA-256 of the digits followed by the nonce.
-- Not tied to a user: an address without an account gets one when the code is used.
CREATE TABLE sign_in_codes (
    id         UUID PRIMARY KEY,
    nonce_hash VARCHAR(64) NOT NULL,
    code_hash  VARCHAR(64) NOT NULL,
    email      VARCHAR(1000) NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX ux_sign_in_codes_nonce ON sign_in_codes (nonce_hash);
CREATE INDEX ix_sign_in_codes_expiry ON sign_in_codes (expires_at);
