-- The key that signs the session cookie of people signed in through the identity provider. Kept in the
-- database, created once by whichever instance starts first, so that a session survives a restart and
-- is accepted by every instance on this database. Replacing the row ends every session.
create table session_signing_key (
    id          smallint primary key check (id = 1),
    secret      text not null,
    created_at  timestamptz not null default now()
);
