-- Candidate search: the credentials a candidate holds as keys on the search row, in the search's GIN index, so
-- that a text or a profile filter combined with licensedIn or eligibleFor narrows to the candidates holding the
-- right license and certifications inside one index scan, before any row is read, instead of joining every match
-- of the text to every license of the state.
--
--   credentials  'L:<state>' and 'L:<state>:<license type>' for every state a license lets the candidate practise
--                in (candidate_search_licenses: ACTIVE licenses, the compact's coverage expanded), and 'C:<code>'
--                for every ACTIVE certification (candidate_search_certifications), whatever their dates
--
-- The keys say nothing of dates: a search checks the dates on the credential rows of the candidates the keys leave.

ALTER TABLE candidate_search ADD COLUMN credentials text[] NOT NULL DEFAULT '{}';

-- The keys join the text and the two profile filters in one index (V20's, rebuilt): one scan intersects the
-- text's matches with the holders of the keys, and the heap is read for the candidates left only.
DROP INDEX candidate_search_document;
CREATE INDEX candidate_search_document ON candidate_search USING gin (document, specialty, state_code, credentials) WHERE active;

-- A candidate's keys, from the credential rows as they are now.
CREATE FUNCTION candidate_search_credential_keys(candidate uuid) RETURNS text[]
    LANGUAGE sql STABLE AS $$
    SELECT ARRAY(
        SELECT DISTINCT k.key FROM (
            SELECT 'L:' || l.state_code AS key FROM candidate_search_licenses l WHERE l.candidate_id = $1
            UNION ALL
            SELECT 'L:' || l.state_code || ':' || l.license_type FROM candidate_search_licenses l WHERE l.candidate_id = $1
            UNION ALL
            SELECT 'C:' || x.code FROM candidate_search_certifications x WHERE x.candidate_id = $1
        ) k ORDER BY k.key);
$$;

-- V20's document refresh, restated (a migration that replaces a function says all of it): after locking the
-- candidates' search rows it rebuilds their credential rows (V24, V29), then writes the document and the keys in
-- one UPDATE, so that a change writes each search row once, as before. The refresh the triggers call (V24)
-- now only calls this one.
CREATE OR REPLACE FUNCTION candidate_search_refresh_document(ids uuid[]) RETURNS void
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    INSERT INTO candidate_search (candidate_id, document, active)
    SELECT c.id, ''::tsvector, false FROM candidates c WHERE c.id = ANY (ids) ORDER BY c.id
    ON CONFLICT (candidate_id) DO NOTHING;
    PERFORM 1 FROM candidate_search s WHERE s.candidate_id = ANY (ids) ORDER BY s.candidate_id FOR NO KEY UPDATE;
    PERFORM candidate_search_refresh_credentials(ids);
    UPDATE candidate_search s
    SET document = d.document, active = d.active, specialty = d.specialty, state_code = d.state_code,
        available_from = d.available_from, credentials = candidate_search_credential_keys(d.id), refreshed_at = now()
    FROM (
        SELECT c.id, c.status = 'ACTIVE' AS active, c.specialty, c.state_code, c.available_from,
               CASE WHEN c.status <> 'ACTIVE' THEN ''::tsvector ELSE
                   setweight(to_tsvector('english', concat_ws(' ', c.first_name, c.last_name, c.specialty)), 'A')
                   || setweight(to_tsvector('english', concat_ws(' ',
                          (SELECT string_agg(p.profession_code, ' ') FROM candidate_professions p WHERE p.candidate_id = c.id),
                          (SELECT string_agg(concat_ws(' ', w.title, w.specialty), ' ')
                           FROM candidate_work_experiences w WHERE w.candidate_id = c.id),
                          (SELECT string_agg(x.certification_code, ' ')
                           FROM candidate_certifications x WHERE x.candidate_id = c.id AND x.status <> 'EXPIRED'),
                          (SELECT string_agg(l.license_type || ' ' || l.state_code, ' ')
                           FROM candidate_licenses l WHERE l.candidate_id = c.id AND l.status <> 'EXPIRED'))), 'B')
                   || setweight(to_tsvector('english', concat_ws(' ', c.city, c.state_code,
                          (SELECT string_agg(concat_ws(' ', w.employer, w.city, w.state_code, w.responsibilities), ' ')
                           FROM candidate_work_experiences w WHERE w.candidate_id = c.id))), 'C')
                   || setweight(to_tsvector('english', coalesce(
                          (SELECT left(r.text_content, 100000) FROM candidate_resumes r WHERE r.candidate_id = c.id
                           ORDER BY r.created_at DESC, r.id DESC LIMIT 1), '')), 'D')
               END AS document
        FROM candidates c WHERE c.id = ANY (ids)
    ) d
    WHERE s.candidate_id = d.id;
END
$$;

CREATE OR REPLACE FUNCTION candidate_search_refresh(ids uuid[]) RETURNS void
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM candidate_search_refresh_document(ids);
END
$$;

-- The candidates already stored.
UPDATE candidate_search s SET credentials = candidate_search_credential_keys(s.candidate_id);
