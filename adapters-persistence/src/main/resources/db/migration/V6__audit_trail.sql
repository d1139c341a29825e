-- Who changed which account, how, when and from where. No foreign keys: the trail outlives deleted users.
CREATE TABLE audit_entries (
    id             UUID PRIMARY KEY,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id       UUID NOT NULL,
    action         VARCHAR(40) NOT NULL,
    target_id      UUID NOT NULL,
    details        VARCHAR(1000) NOT NULL,
    client_address VARCHAR(64) NOT NULL
);
CREATE INDEX ix_audit_entries_at ON audit_entries (at);
