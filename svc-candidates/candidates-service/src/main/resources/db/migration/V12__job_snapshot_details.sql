-- The job fields that eligibility, job matches and candidate search read, copied from svc-jobs' events
-- (JobDetails) beside the ones V5 keeps. Rows written before this migration get them with the job's next
-- event; the feed treats a snapshot without a specialty as not yet known.
ALTER TABLE job_snapshots
    ADD COLUMN profession_id  uuid,
    ADD COLUMN specialty_id   uuid,
    ADD COLUMN specialty_name varchar(100),
    ADD COLUMN job_type       varchar(16),
    ADD COLUMN shift          varchar(16),
    ADD COLUMN city_id        uuid,
    ADD COLUMN start_date     date,
    ADD COLUMN end_date       date,
    ADD COLUMN weekly_pay     numeric(10, 2),
    ADD COLUMN currency       char(3);

-- status holds svc-jobs' own codes (active, filled, ...).
CREATE INDEX job_snapshots_active ON job_snapshots (specialty_id, state_code) WHERE status = 'active';
