-- Who may sign in, and what they were granted. Three kinds share the table:
--   local     a person with a password kept here (the embedded default's administrator "admin");
--   producer  the deposit credentials of one producer (name = producer id, for curl -u producerId:password);
--   oidc      a person signed in through the identity provider (name = the provider's subject), present
--             only when an administrator granted it roles beyond what the provider's claims give.
-- Passwords are BCrypt hashes (salted, slow); the clear password is never stored.
create table account (
    name              text primary key,
    kind              text not null check (kind in ('local', 'producer', 'oidc')),
    email             text,
    password_hash     text,
    roles             text[] not null default '{}',
    managed_producers text[] not null default '{}',
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check (kind = 'oidc' or password_hash is not null)
);
