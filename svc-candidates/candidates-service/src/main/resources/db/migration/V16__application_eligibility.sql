-- The candidate's eligibility for the job as computed when they applied (licenses and certifications
-- against the job's state, dates and specialty), kept with the application so staff see what held then.
-- All three are null when it could not be computed (svc-jobs' reference data never read, or the job's
-- details not known): applying never waits for it. eligibility_reasons is a JSON array of
-- {"code": "certification_missing:BLS", "detail": "..."}, empty when eligible.
ALTER TABLE applications
    ADD COLUMN eligible               boolean,
    ADD COLUMN eligibility_reasons    jsonb,
    ADD COLUMN eligibility_checked_at timestamptz,
    ADD CONSTRAINT applications_eligibility_whole
        CHECK ((eligible IS NULL) = (eligibility_checked_at IS NULL) AND (eligible IS NULL) = (eligibility_reasons IS NULL));
