create table job_imports (
    id          uuid primary key,
    source      varchar(20)  not null check (source in ('upload', 'poller')),
    full_feed   boolean      not null,
    started_at  timestamptz  not null,
    finished_at timestamptz  not null,
    rows_read   integer      not null,
    created     integer      not null,
    updated     integer      not null,
    closed      integer      not null,
    unchanged   integer      not null,
    rejected    jsonb        not null default '[]',
    requested_by uuid
);
create index idx_job_imports_started on job_imports (started_at desc);
