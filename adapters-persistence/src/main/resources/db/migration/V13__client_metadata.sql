-- What a user's own client keeps with the account (Stack's client_metadata): one JSON object as text, at most 4096
-- characters (ClientMetadataStore.MAX_LENGTH); gone with the account.
CREATE TABLE client_metadata (
    user_id  UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    metadata VARCHAR(4096) NOT NULL
);
