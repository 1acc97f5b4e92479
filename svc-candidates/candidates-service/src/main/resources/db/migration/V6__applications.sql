-- One application per candidate and job, through the workflow submitted -> reviewing -> interview ->
-- offered -> placed, or rejected / withdrawn from any open state. The candidate's note and the
-- recruiter's note are kept apart: the candidate never sees the recruiter's.
CREATE TABLE applications (
    id               uuid PRIMARY KEY,
    candidate_id     uuid         NOT NULL REFERENCES candidates (id),
    job_id           uuid         NOT NULL,
    resume_id        uuid,
    status           varchar(16)  NOT NULL
                     CHECK (status IN ('submitted', 'reviewing', 'interview', 'offered', 'placed', 'rejected', 'withdrawn')),
    source           varchar(16)  NOT NULL CHECK (source IN ('direct', 'referral', 'job_share')),
    referral_code    varchar(32),
    share_code       varchar(64),
    candidate_note   varchar(2000),
    recruiter_note   varchar(2000),
    rejection_reason varchar(200),
    submitted_at     timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT applications_one_per_candidate_and_job UNIQUE (candidate_id, job_id)
);

-- listing: a candidate's own applications newest first (the unique constraint leads with candidate_id
-- but cannot give the order), staff by job, by status, or everything newest first
CREATE INDEX applications_candidate_newest ON applications (candidate_id, submitted_at DESC, id DESC);
CREATE INDEX applications_job_newest ON applications (job_id, submitted_at DESC, id DESC);
CREATE INDEX applications_status_newest ON applications (status, submitted_at DESC, id DESC);
CREATE INDEX applications_newest ON applications (submitted_at DESC, id DESC);

-- Every transition with who made it (null and role 'system' for the platform itself) and when.
CREATE TABLE application_status_history (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id uuid         NOT NULL REFERENCES applications (id),
    from_status    varchar(16),
    to_status      varchar(16)  NOT NULL,
    changed_by     uuid,
    changed_by_role varchar(16) NOT NULL CHECK (changed_by_role IN ('candidate', 'recruiter', 'admin', 'system')),
    changed_at     timestamptz  NOT NULL,
    note           varchar(2000),
    reason         varchar(200)
);

CREATE INDEX application_status_history_application ON application_status_history (application_id, id);
