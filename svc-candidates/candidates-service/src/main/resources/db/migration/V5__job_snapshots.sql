-- This service's own copy of the job fields it shows beside an application, fed by svc-jobs' events
-- (JobPublished, JobUpdated, JobStatusChanged), so listing applications never calls svc-jobs.
-- occurred_at is the time of the newest event applied: an older event changes nothing.
CREATE TABLE job_snapshots (
    job_id        uuid PRIMARY KEY,
    title         varchar(255),
    facility_name varchar(255),
    city_name     varchar(100),
    state_code    varchar(2),
    status        varchar(16) NOT NULL,
    occurred_at   timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
