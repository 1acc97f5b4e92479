-- Candidate search: eligibility for a job alone read from one index range of the job's state, in availability
-- order, stopping at the search's bound.
--
-- Each row of candidate_search_licenses (a state a candidate may practise in under one ACTIVE license, V24) now
-- also carries the candidate's availability and the dates of each of the candidate's ACTIVE certifications, so
-- that eligibleFor without other criteria walks (state_code, available_from, candidate_id) and checks the job's
-- license type, first day and certifications on the row itself, instead of checking the licenses and each
-- required certification of every candidate in availability order until the bound is reached.
--
--   available_from  the candidate's stated availability (null: unknown, sorted last)
--   certifications  {"<code>": {"from": "<issued on>", "until": "<expires on, or infinity>"}} for every ACTIVE
--                   certification: the same facts as candidate_search_certifications
--
-- The rows are rebuilt by the same refresh as before (V24), which every change of a candidate's availability,
-- status, licenses or certifications already calls in the writer's transaction, under the candidate's lock.

ALTER TABLE candidate_search_licenses
    ADD COLUMN available_from date,
    ADD COLUMN certifications jsonb NOT NULL DEFAULT '{}'::jsonb;

-- Every column the walk reads is in the index, so it reads the index alone.
CREATE INDEX candidate_search_licenses_state_availability
    ON candidate_search_licenses (state_code, available_from, candidate_id)
    INCLUDE (license_type, valid_from, valid_until, certifications);

CREATE OR REPLACE FUNCTION candidate_search_refresh_credentials(ids uuid[]) RETURNS void
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    DELETE FROM candidate_search_licenses WHERE candidate_id = ANY (ids);
    DELETE FROM candidate_search_certifications WHERE candidate_id = ANY (ids);
    INSERT INTO candidate_search_certifications (candidate_id, code, valid_from, valid_until)
    SELECT x.candidate_id, x.certification_code, x.issued_on, coalesce(x.expires_on, 'infinity'::date)
    FROM candidate_certifications x
    JOIN candidates c ON c.id = x.candidate_id AND c.status = 'ACTIVE'
    WHERE x.candidate_id = ANY (ids) AND x.status = 'ACTIVE';
    INSERT INTO candidate_search_licenses (candidate_id, state_code, license_type, valid_from, valid_until, available_from,
                                           certifications)
    SELECT DISTINCT l.candidate_id, coverage.state_code, l.license_type, l.issued_on, l.expires_on, c.available_from,
           coalesce((SELECT jsonb_object_agg(x.code, jsonb_build_object('from', x.valid_from, 'until', x.valid_until))
                     FROM candidate_search_certifications x WHERE x.candidate_id = l.candidate_id), '{}'::jsonb)
    FROM candidate_licenses l
    JOIN candidates c ON c.id = l.candidate_id AND c.status = 'ACTIVE'
    CROSS JOIN LATERAL (
        SELECT l.state_code
        UNION
        SELECT here.state_code FROM nurse_licensure_compact here
        WHERE l.multistate AND here.honours_multistate
          AND EXISTS (SELECT 1 FROM nurse_licensure_compact home WHERE home.state_code = l.state_code AND home.issues_multistate)
    ) coverage
    WHERE l.candidate_id = ANY (ids) AND l.status = 'ACTIVE';
END
$$;

-- The rows already stored, set-wise.
UPDATE candidate_search_licenses l
SET available_from = c.available_from,
    certifications = coalesce((SELECT jsonb_object_agg(x.code, jsonb_build_object('from', x.valid_from, 'until', x.valid_until))
                               FROM candidate_search_certifications x WHERE x.candidate_id = l.candidate_id), '{}'::jsonb)
FROM candidates c
WHERE c.id = l.candidate_id;
