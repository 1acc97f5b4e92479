create table job_alerts (
    id            uuid primary key,
    candidate_id  uuid         not null,
    name          varchar(100) not null,
    query         varchar(200),
    specialty_ids uuid[]       not null default '{}',
    state_codes   varchar(2)[]  not null default '{}',
    city_ids      uuid[]       not null default '{}',
    job_types     varchar(20)[] not null default '{}',
    shifts        varchar(20)[] not null default '{}',
    min_weekly_pay numeric(10, 2) check (min_weekly_pay >= 0),
    frequency     varchar(20)  not null check (frequency in ('instant', 'daily', 'weekly')),
    active        boolean      not null default true,
    last_matched_at timestamptz,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);
create index idx_job_alerts_candidate on job_alerts (candidate_id);
create index idx_job_alerts_frequency on job_alerts (frequency) where active;

create table job_alert_matches (
    alert_id   uuid        not null references job_alerts (id) on delete cascade,
    job_id     uuid        not null references jobs (id) on delete cascade,
    matched_at timestamptz not null,
    primary key (alert_id, job_id)
);
