create table jobs (
    id                 uuid primary key,
    external_id        varchar(100) unique,
    source             varchar(20)   not null default 'manual' check (source in ('manual', 'laboredge')),
    title              varchar(255)  not null,
    description        text,
    profession_id      uuid          not null references professions (id),
    specialty_id       uuid          not null references specialties (id),
    -- copy of specialties.name (kept in sync by a trigger below) so that the search vector can be a
    -- stored generated column of this row
    specialty_name     varchar(100)  not null,
    job_type           varchar(20)   not null check (job_type in ('travel', 'perm', 'per_diem', 'local')),
    facility_name      varchar(255)  not null,
    city_id            uuid references cities (id),
    city_name          varchar(100),
    state_code         char(2)       not null references states (code),
    zip                varchar(10),
    latitude           double precision,
    longitude          double precision,
    start_date         date          not null,
    end_date           date,
    asap               boolean       not null default false,
    duration_weeks     integer check (duration_weeks > 0),
    shift              varchar(20) check (shift in ('day', 'night', 'evening', 'rotating')),
    shift_start        time,
    shift_end          time,
    hours_per_week     numeric(5, 2) check (hours_per_week > 0),
    hourly_pay         numeric(10, 2) check (hourly_pay >= 0),
    weekly_pay         numeric(10, 2) check (weekly_pay >= 0),
    housing_stipend    numeric(10, 2) check (housing_stipend >= 0),
    sign_on_bonus      numeric(10, 2) check (sign_on_bonus >= 0),
    openings           integer       not null check (openings >= 0),
    status             varchar(20)   not null references job_statuses (code),
    featured           boolean       not null default false,
    urgent             boolean       not null default false,
    requirements       text,
    benefits           text,
    seo_title          varchar(255),
    seo_description    varchar(500),
    recruiter_id       uuid,
    views_count        bigint        not null default 0,
    applications_count integer       not null default 0,
    content_hash       varchar(64),
    -- the event an import recorded for this row and the relay has not published yet (see ADR 0004)
    pending_event      varchar(40),
    published_at       timestamptz,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    search_vector      tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(specialty_name, '') || ' ' || coalesce(facility_name, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'C')
    ) stored,
    check (end_date is null or end_date >= start_date)
);

-- only active jobs are public, so the search indexes cover active jobs only. btree_gin lets the GIN index
-- also hold the common equality filters, so that text + filters are intersected inside the index and
-- only matching rows are fetched from the table
create extension if not exists btree_gin;
create index idx_jobs_search on jobs using gin (search_vector, state_code, job_type, specialty_id, shift) where status = 'active';
create index idx_jobs_active_specialty on jobs (specialty_id) where status = 'active';
create index idx_jobs_active_state on jobs (state_code, city_id) where status = 'active';
create index idx_jobs_active_pay on jobs (weekly_pay desc nulls last, id) where status = 'active';
create index idx_jobs_active_start on jobs (start_date, id) where status = 'active';
create index idx_jobs_active_newest on jobs (published_at desc, id) where status = 'active';
create index idx_jobs_active_location on jobs (latitude, longitude) where status = 'active';
create index idx_jobs_recruiter on jobs (recruiter_id);
create index idx_jobs_end_date on jobs (end_date) where status in ('active', 'on_hold');
create index idx_jobs_pending_event on jobs (updated_at) where pending_event is not null;

create table job_required_certifications (
    job_id         uuid        not null references jobs (id) on delete cascade,
    certification  varchar(30) not null,
    for_onboarding boolean     not null default true,
    for_submittal  boolean     not null default false,
    primary key (job_id, certification)
);

-- internal bill rates: never part of a public response
create table job_rates (
    job_id         uuid           not null references jobs (id) on delete cascade,
    bill_rate_code varchar(50)    not null,
    rate           numeric(10, 2) not null check (rate >= 0),
    primary key (job_id, bill_rate_code)
);

create function sync_job_specialty_name() returns trigger language plpgsql as $$
begin
    update jobs set specialty_name = new.name where specialty_id = new.id;
    return null;
end $$;

create trigger specialties_name_changed after update of name on specialties
    for each row when (old.name is distinct from new.name) execute function sync_job_specialty_name();
