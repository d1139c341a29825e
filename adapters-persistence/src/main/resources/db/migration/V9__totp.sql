-- TOTP second factor (seed 002). The shared secret is sealed with AES-256-GCM by the service's secrets key
-- (AUTH_SECRETS_KEY) and bound to its user, never stored in clear; last_used_step makes every code work once.
CREATE TABLE totp_enrollments (
    user_id        UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    sealed_secret  VARCHAR(200) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    enabled_at     TIMESTAMP WITH TIME ZONE,
    last_used_step BIGINT NOT NULL
);

-- Single-use recovery codes, by their SHA-256.
CREATE TABLE recovery_codes (
    user_id   UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (user_id, code_hash)
);
