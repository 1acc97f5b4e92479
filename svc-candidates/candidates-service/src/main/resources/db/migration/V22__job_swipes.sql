-- A candidate's swipe on a job: like, pass or save, one row per candidate and job (the last action
-- replaces the one before), with the match score and its parts as the candidate saw them when swiping.
-- Passed jobs are left out of the candidate's matches; saved ones make the saved list.
CREATE TABLE candidate_job_swipes (
    candidate_id uuid         NOT NULL REFERENCES candidates (id),
    job_id       uuid         NOT NULL REFERENCES job_snapshots (job_id),
    action       varchar(8)   NOT NULL CHECK (action IN ('like', 'pass', 'save')),
    match_score  smallint     NOT NULL CHECK (match_score BETWEEN 0 AND 100),
    match_parts  jsonb        NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    swiped_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (candidate_id, job_id)
);
-- the saved list, newest first
CREATE INDEX candidate_job_swipes_saved ON candidate_job_swipes (candidate_id, swiped_at DESC, job_id) WHERE action = 'save';

-- Matches pre-select active jobs by the candidate's specialty (job_snapshots_active, V12) or by their
-- preferred states (and their cities' states); with neither set every active job is scored.
CREATE INDEX job_snapshots_active_state ON job_snapshots (state_code) WHERE status = 'active';
