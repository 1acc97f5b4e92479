-- Candidate search: each candidate's license and certification facts kept next to the search document, so
-- that licensedIn and eligibleFor read one index range per state or code and join the ids, instead of probing
-- a candidate's licenses and certifications once per matching candidate.
--
--   candidate_search_licenses        one row per state a candidate may practise in under one ACTIVE license:
--                                    the issuing state, and for a multistate license issued by a compact state
--                                    that issues them, every state that honours multistate licenses
--                                    (nurse_licensure_compact), with the license's type and dates
--   candidate_search_certifications  one row per ACTIVE certification, its code and dates (no expiry: infinity)
--
-- Rows exist only for active candidates. They are rebuilt by the same statement-level triggers as the document
-- (V20), in the writer's transaction and under the same per-candidate lock, and for every holder of a
-- multistate license when the compact's membership changes.

CREATE TABLE candidate_search_licenses (
    candidate_id uuid        NOT NULL REFERENCES candidate_search (candidate_id),
    state_code   char(2)     NOT NULL,
    license_type varchar(10) NOT NULL,
    valid_from   date        NOT NULL,
    valid_until  date        NOT NULL
);
-- Every column in both indexes, so either way of joining reads the index alone: one range per state (to hash
-- the candidates), or one probe per candidate (when few candidates are left to check).
CREATE INDEX candidate_search_licenses_state
    ON candidate_search_licenses (state_code, valid_until, valid_from, license_type, candidate_id);
CREATE INDEX candidate_search_licenses_candidate
    ON candidate_search_licenses (candidate_id, state_code, valid_until, valid_from, license_type);

CREATE TABLE candidate_search_certifications (
    candidate_id uuid        NOT NULL REFERENCES candidate_search (candidate_id),
    code         varchar(30) NOT NULL,
    valid_from   date        NOT NULL,
    valid_until  date        NOT NULL,
    PRIMARY KEY (candidate_id, code) INCLUDE (valid_from, valid_until)
);
CREATE INDEX candidate_search_certifications_code
    ON candidate_search_certifications (code, valid_until, valid_from, candidate_id);

-- V20's refresh keeps the document; the refresh the triggers call now also rebuilds the credential rows,
-- after the document's refresh has locked the candidates' rows (so writers of one candidate still take turns).
ALTER FUNCTION candidate_search_refresh(uuid[]) RENAME TO candidate_search_refresh_document;

CREATE FUNCTION candidate_search_refresh_credentials(ids uuid[]) RETURNS void
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    DELETE FROM candidate_search_licenses WHERE candidate_id = ANY (ids);
    DELETE FROM candidate_search_certifications WHERE candidate_id = ANY (ids);
    INSERT INTO candidate_search_licenses (candidate_id, state_code, license_type, valid_from, valid_until)
    SELECT DISTINCT l.candidate_id, coverage.state_code, l.license_type, l.issued_on, l.expires_on
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
    INSERT INTO candidate_search_certifications (candidate_id, code, valid_from, valid_until)
    SELECT x.candidate_id, x.certification_code, x.issued_on, coalesce(x.expires_on, 'infinity'::date)
    FROM candidate_certifications x
    JOIN candidates c ON c.id = x.candidate_id AND c.status = 'ACTIVE'
    WHERE x.candidate_id = ANY (ids) AND x.status = 'ACTIVE';
END
$$;

CREATE FUNCTION candidate_search_refresh(ids uuid[]) RETURNS void
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    PERFORM candidate_search_refresh_document(ids);
    PERFORM candidate_search_refresh_credentials(ids);
END
$$;

-- A change of the compact's membership changes where multistate licenses count.
CREATE FUNCTION candidate_search_compact_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM candidate_search_refresh(ARRAY(SELECT DISTINCT l.candidate_id FROM candidate_licenses l WHERE l.multistate));
    RETURN NULL;
END
$$;

CREATE TRIGGER candidate_search_on_change AFTER INSERT OR UPDATE OR DELETE ON nurse_licensure_compact
    FOR EACH STATEMENT EXECUTE FUNCTION candidate_search_compact_changed();

-- The candidates already stored.
SELECT candidate_search_refresh_credentials(ARRAY(SELECT candidate_id FROM candidate_search));
