-- API tokens for SensorThings writers and harvesters: "Authorization: Bearer insitu_<id>_<secret>".
-- The token is shown once; only the SHA-256 of it is kept (it holds 144 random bits, so a fast hash
-- suffices, unlike a person's password). It acts with the roles its owner had when creating it,
-- limited to one producer when producer_id is set, until revoked.
create table api_token (
    id                uuid primary key,
    account_name      text not null,
    email             text,
    label             text not null,
    producer_id       text,
    roles             text[] not null default '{}',
    managed_producers text[] not null default '{}',
    secret_hash       bytea not null,
    created_at        timestamptz not null default now(),
    last_used_at      timestamptz,
    revoked_at        timestamptz
);
create index api_token_account on api_token (account_name);

-- Who did what that matters: deposits, restores, deletions, role changes, credentials and token use.
-- Append-only from the application's side.
create table audit_event (
    id      bigint generated always as identity primary key,
    at      timestamptz not null default now(),
    actor   text not null,
    action  text not null,
    target  text,
    detail  text
);
create index audit_event_at on audit_event (at desc);
