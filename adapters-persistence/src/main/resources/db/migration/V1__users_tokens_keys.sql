-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE users (
    id              UUID PRIMARY KEY,
    username        VARCHAR(150) NOT NULL,
    username_key    VARCHAR(600) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    email_key       VARCHAR(1000) NOT NULL,
    password_hash   VARCHAR(255),
    first_name      VARCHAR(150) NOT NULL,
    last_name       VARCHAR(150) NOT NULL,
    is_active       BOOLEAN NOT NULL,
    is_staff        BOOLEAN NOT NULL,
    is_superuser    BOOLEAN NOT NULL,
    email_verified  BOOLEAN NOT NULL,
    membership_level VARCHAR(20),
    oauth_provider  VARCHAR(20),
    oauth_id        VARCHAR(255),
    date_joined     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login      TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX ux_users_username_key ON users (username_key);
CREATE UNIQUE INDEX ux_users_email_key ON users (email_key);

CREATE TABLE refresh_tokens (
    id                UUID PRIMARY KEY,
    family_id         UUID NOT NULL,
    user_id           UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash        VARCHAR(64) NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at           TIMESTAMP WITH TIME ZONE,
    revoked_at        TIMESTAMP WITH TIME ZONE,
    access_token_id   VARCHAR(64) NOT NULL,
    access_expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ux_refresh_tokens_hash ON refresh_tokens (token_hash);
CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX ix_refresh_tokens_access_token ON refresh_tokens (access_token_id);
CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (user_id);

CREATE TABLE revoked_access_tokens (
    token_id   VARCHAR(64) PRIMARY KEY,
    user_id    UUID NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_revoked_access_tokens_expiry ON revoked_access_tokens (expires_at);

CREATE TABLE signing_keys (
    key_id      VARCHAR(64) PRIMARY KEY,
    algorithm   VARCHAR(10) NOT NULL,
    private_key VARCHAR(8000) NOT NULL,
    public_key  VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ux_signing_keys_algorithm ON signing_keys (algorithm);
