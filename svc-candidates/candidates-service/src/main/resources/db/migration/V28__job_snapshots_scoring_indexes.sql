-- Matches read the active jobs in a candidate's specialty and preferred states (the pages) and count those in
-- the specialty or the states (the total). These two partial indexes hold every column that scoring and
-- counting read, so both are index-only scans once a page of the table is all-visible (vacuumed); only the
-- jobs of the page shown are read from the table. They replace the two narrower indexes of V12 and V22,
-- whose keys they start with.
CREATE INDEX job_snapshots_active_scoring ON job_snapshots (specialty_id, state_code)
    INCLUDE (profession_id, city_name, weekly_pay, start_date, end_date, occurred_at, job_id)
    WHERE status = 'active';
CREATE INDEX job_snapshots_active_state_listed ON job_snapshots (state_code)
    INCLUDE (specialty_id, profession_id, job_id)
    WHERE status = 'active';
DROP INDEX job_snapshots_active;
DROP INDEX job_snapshots_active_state;
