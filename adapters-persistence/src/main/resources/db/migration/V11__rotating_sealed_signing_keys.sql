-- Signing keys rotate: an algorithm has several keys, numbered by generation (the newest signs, the ones before
-- verify the tokens they signed until these have expired). One key per generation, whichever instance stores it
-- first. The private key is sealed with the secrets key (AES-256-GCM, AUTH_SECRETS_KEY, bound to its key id);
-- the one key of an earlier version is plain (sealed = FALSE) until the service seals it at start.
DROP INDEX ux_signing_keys_algorithm;
ALTER TABLE signing_keys ADD COLUMN generation INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE signing_keys ADD COLUMN sealed BOOLEAN DEFAULT FALSE NOT NULL;
CREATE UNIQUE INDEX ux_signing_keys_generation ON signing_keys (algorithm, generation);
