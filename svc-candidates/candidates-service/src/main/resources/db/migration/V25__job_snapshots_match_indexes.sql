-- Matches count a candidate's whole list (the active jobs in their specialty or their preferred states)
-- without reading a snapshot: these two partial indexes carry every column the count reads, so it runs
-- as two index-only scans (jobs in the specialty; jobs in the states but another specialty). They replace
-- job_snapshots_active (V12: the same key, read by the matches pre-selection) and
-- job_snapshots_active_state (V22).
CREATE INDEX job_snapshots_active_specialty ON job_snapshots (specialty_id, state_code) INCLUDE (profession_id, job_id)
    WHERE status = 'active';
CREATE INDEX job_snapshots_active_states ON job_snapshots (state_code, specialty_id) INCLUDE (profession_id, job_id)
    WHERE status = 'active';
DROP INDEX job_snapshots_active;
DROP INDEX job_snapshots_active_state;
