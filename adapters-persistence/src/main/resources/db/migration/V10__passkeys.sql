-- Passkeys (WebAuthn credentials, seed 002). credential_id is the authenticator's id in base64url (at most 1023
-- bytes), unique across users; credential_data is the attested credential data (AAGUID, id, COSE public key) in
-- base64url: public material only. sign_count is the last signature counter seen.
CREATE TABLE passkeys (
    id              UUID PRIMARY KEY,
    user_id         UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id   VARCHAR(1400) NOT NULL,
    name            VARCHAR(64) NOT NULL,
    credential_data VARCHAR(8000) NOT NULL,
    sign_count      BIGINT NOT NULL,
    transports      VARCHAR(200) NOT NULL,
    backup_eligible BOOLEAN NOT NULL,
    backed_up       BOOLEAN NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE
);

CREATE UNIQUE INDEX passkeys_credential_id ON passkeys (credential_id);
CREATE INDEX passkeys_user_id ON passkeys (user_id);
