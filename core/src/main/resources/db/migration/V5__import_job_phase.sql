-- Which pass an import job is in: its rows_done counts validated rows, then loaded rows.
alter table import_job add column phase text check (phase in ('validating', 'loading'));
alter table import_job add column started_at timestamptz;
