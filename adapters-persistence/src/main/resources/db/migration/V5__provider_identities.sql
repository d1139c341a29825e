-- One account per identity at a provider; sign-ins look it up by both.
CREATE UNIQUE INDEX ux_users_provider_identity ON users (oauth_provider, oauth_id);
