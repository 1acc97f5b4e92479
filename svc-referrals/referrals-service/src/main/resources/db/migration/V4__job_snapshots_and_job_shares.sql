-- This service's own copy of what it needs of a job (fed by jobs.jobs): the bonus policy depends on the
-- specialty and job type. occurred_at keeps an older event from overwriting a newer one.
CREATE TABLE job_snapshots (
    job_id         uuid PRIMARY KEY,
    title          varchar(200),
    specialty_id   uuid,
    specialty_name varchar(100),
    job_type       varchar(16),
    status         varchar(16),
    recruiter_id   uuid,
    occurred_at    timestamptz NOT NULL
);

-- A recruiter's share link for a job; views counted on each visit.
CREATE TABLE job_shares (
    code         char(8) PRIMARY KEY,
    recruiter_id uuid        NOT NULL,
    job_id       uuid        NOT NULL,
    views        bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    UNIQUE (recruiter_id, job_id)
);

-- The share code of each application that came through one (ApplicationPlaced does not carry it), and
-- whether it was placed: the application and placement counters of a share are counts over these rows.
CREATE TABLE share_applications (
    application_id uuid PRIMARY KEY,
    share_code     char(8),
    placed         boolean NOT NULL DEFAULT false
);
CREATE INDEX share_applications_code ON share_applications (share_code);
