-- Mailed one-time sign-in codes (seed 002): only the SHA-256 of the digits followed by the nonce is kept.
-- Not tied to a user: an address without an account gets one when the code is used.
CREATE TABLE sign_in_codes (
    id         UUID PRIMARY KEY,
    nonce      VARCHAR(100) NOT NULL,
    code_hash  VARCHAR(64) NOT NULL,
    email      VARCHAR(1000) NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    failures   INTEGER NOT NULL DEFAULT 0,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX ux_sign_in_codes_nonce ON sign_in_codes (nonce);
CREATE INDEX ix_sign_in_codes_expiry ON sign_in_codes (expires_at);
