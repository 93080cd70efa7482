-- History of deposits (docs/data-model.md, "History and restore"): before a deposit or a restore
-- replaces a producer's published version, that version is archived here for a configurable time, so
-- that an administrator or the producer's data manager can restore it with its ids.

-- one replaced version: the producer's metadata rows as they were (to_jsonb of each row, by table)
create table deposit_version (
    id              bigint generated always as identity primary key,
    producer_id     text not null,
    revision        integer not null,             -- the producer's revision this version was published as
    imported_at     timestamptz not null,         -- when it was published
    deposit_sha256  text not null,
    series_count    integer not null,
    row_count       bigint not null,
    archived_at     timestamptz not null default now(),
    expires_at      timestamptz not null,
    content         jsonb not null                -- {"producer": {...}, "contact": [...], "funding": [...], "dataset": [...],
                                                  --  "keyword": [...], "sampling_feature": [...], "series": [...]}
);
create index deposit_version_producer on deposit_version (producer_id, id desc);

-- the rows of a series' data file, once per content: a series keeps its observation id and, while
-- its data file is unchanged, its data_sha256, so unchanged series are archived only once
create table series_rows_archive (
    observation_id  text not null,
    data_sha256     text not null,
    time            timestamptz not null,
    time_begin      timestamptz,
    value           double precision,
    result          text,
    flags           text,
    longitude       double precision,
    latitude        double precision,
    altitude        double precision,
    additional      text[],
    primary key (observation_id, data_sha256, time)
);
