-- Orders of exported data (cart checkout) and their durable job queue.
create table export_order (
    id              text primary key check (id ~ '^CMD-[0-9]{10}$'),
    owner_subject   text not null,                -- the identity that ordered: only it may see and download
    owner_email     text,
    request         jsonb not null,               -- observations, time window, formats, form fields, the viewer's rights then
    status          text not null check (status in ('issued', 'processing', 'ready', 'expired', 'failed')),
    progress        integer not null default 0 check (progress between 0 and 100),
    attempts        integer not null default 0,   -- claims by a worker: more than one means it was resumed
    failure         text,
    package_file    text,
    package_bytes   bigint,
    package_sha256  text,
    issued_at       timestamptz not null default now(),
    processed_at    timestamptz,
    expires_at      timestamptz
);
create index export_order_owner on export_order (owner_subject, issued_at desc);

-- One row per order still to process. A worker holds its row locked (FOR UPDATE SKIP LOCKED) for as long as
-- it works on the order and deletes it when done: a worker that dies releases the lock with its session, and
-- the next worker resumes the order; two workers never hold the same row.
create table export_job (
    order_id   text primary key references export_order on delete cascade,
    queued_at  timestamptz not null default now()
);
