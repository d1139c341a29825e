-- Session management lists refresh-token families with where and when they started.
ALTER TABLE refresh_tokens ADD COLUMN family_started_at TIMESTAMP WITH TIME ZONE;
UPDATE refresh_tokens SET family_started_at = issued_at WHERE family_started_at IS NULL;
ALTER TABLE refresh_tokens ALTER COLUMN family_started_at SET NOT NULL;
ALTER TABLE refresh_tokens ADD COLUMN user_agent VARCHAR(512) DEFAULT '' NOT NULL;
ALTER TABLE refresh_tokens ADD COLUMN client_address VARCHAR(64) DEFAULT '' NOT NULL;
