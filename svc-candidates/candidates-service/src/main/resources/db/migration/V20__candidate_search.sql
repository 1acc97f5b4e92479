-- Candidate search: one stored, weighted search document per candidate with the columns the search
-- filters on, kept current by triggers on every table the document is made of, whatever code writes them.
--
-- Weights (ts_rank_cd counts an A match 1.0, B 0.4, C 0.2, D 0.1):
--   A  first and last name, the profile's specialty code: what a recruiter types to find a known person
--      or the one thing they staff for
--   B  professions, the title and specialty of each position held, certification codes and license types
--      with their states (expired ones left out): the credentials of the work
--   C  the profile's city and state, each position's employer, place and responsibilities: work history text
--   D  the newest resume's text (its first 100,000 characters): the most words, the least precise
-- Names and codes go through the 'english' configuration like the queries (websearch_to_tsquery('english')),
-- so "ACLS" in a query finds "ACLS" in a document. Deactivated and erased candidates keep an empty document
-- and active = false: they are never found.

CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE TABLE candidate_search (
    candidate_id   uuid        PRIMARY KEY REFERENCES candidates (id),
    document       tsvector    NOT NULL,
    active         boolean     NOT NULL,
    specialty      varchar(40),
    state_code     char(2),
    available_from date,
    refreshed_at   timestamptz NOT NULL DEFAULT now()
);

-- Text and the two profile filters in one index (btree_gin), over the candidates who can be found.
CREATE INDEX candidate_search_document ON candidate_search USING gin (document, specialty, state_code) WHERE active;
-- Sorting by availability (soonest first, unknown last, ties by id) without a text query.
CREATE INDEX candidate_search_availability ON candidate_search (available_from, candidate_id) WHERE active;
-- licensedIn and eligibleFor read a candidate's licenses and certifications through V11's unique
-- constraints, which lead with candidate_id.

-- Rebuilds the documents of the given candidates from what is committed now plus the caller's own changes.
-- Writers of one candidate take turns on its candidate_search row (locked in id order, so two statements
-- over several candidates cannot deadlock on them): the second waits for the first to commit, and only then
-- reads (a new statement, a new snapshot), so it never writes back a document that misses the first's rows.
CREATE FUNCTION candidate_search_refresh(ids uuid[]) RETURNS void
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    INSERT INTO candidate_search (candidate_id, document, active)
    SELECT c.id, ''::tsvector, false FROM candidates c WHERE c.id = ANY (ids) ORDER BY c.id
    ON CONFLICT (candidate_id) DO NOTHING;
    PERFORM 1 FROM candidate_search s WHERE s.candidate_id = ANY (ids) ORDER BY s.candidate_id FOR NO KEY UPDATE;
    UPDATE candidate_search s
    SET document = d.document, active = d.active, specialty = d.specialty, state_code = d.state_code,
        available_from = d.available_from, refreshed_at = now()
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

-- One trigger per statement, not per row: a statement that writes many rows rebuilds each candidate once.
CREATE FUNCTION candidate_search_candidates_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM candidate_search_refresh(ARRAY(SELECT DISTINCT n.id FROM new_rows n));
    RETURN NULL;
END
$$;

-- Only changes to what the document or the filters hold rebuild it (not a version bump, consents, phones).
CREATE FUNCTION candidate_search_candidates_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM candidate_search_refresh(ARRAY(
        SELECT DISTINCT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.first_name, n.last_name, n.specialty, n.city, n.state_code, n.available_from, n.status)
              IS DISTINCT FROM (o.first_name, o.last_name, o.specialty, o.city, o.state_code, o.available_from, o.status)));
    RETURN NULL;
END
$$;

CREATE TRIGGER candidate_search_on_insert AFTER INSERT ON candidates
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_search_candidates_inserted();
CREATE TRIGGER candidate_search_on_update AFTER UPDATE ON candidates
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION candidate_search_candidates_updated();

-- The tables of a candidate's lists and credentials: every insert, update and delete rebuilds the
-- documents of the candidates whose rows it wrote.
CREATE FUNCTION candidate_search_rows_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM candidate_search_refresh(ARRAY(SELECT DISTINCT n.candidate_id FROM new_rows n));
    RETURN NULL;
END
$$;

CREATE FUNCTION candidate_search_rows_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM candidate_search_refresh(ARRAY(SELECT n.candidate_id FROM new_rows n
                                           UNION SELECT o.candidate_id FROM old_rows o));
    RETURN NULL;
END
$$;

CREATE FUNCTION candidate_search_rows_deleted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM candidate_search_refresh(ARRAY(SELECT DISTINCT o.candidate_id FROM old_rows o));
    RETURN NULL;
END
$$;

DO $$
DECLARE
    source text;
BEGIN
    FOREACH source IN ARRAY ARRAY['candidate_professions', 'candidate_work_experiences', 'candidate_certifications',
                                  'candidate_licenses', 'candidate_resumes'] LOOP
        EXECUTE format('CREATE TRIGGER candidate_search_on_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION candidate_search_rows_inserted()', source);
        EXECUTE format('CREATE TRIGGER candidate_search_on_update AFTER UPDATE ON %I '
                       'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION candidate_search_rows_updated()', source);
        EXECUTE format('CREATE TRIGGER candidate_search_on_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION candidate_search_rows_deleted()', source);
    END LOOP;
END
$$;

-- The candidates already stored.
SELECT candidate_search_refresh(ARRAY(SELECT id FROM candidates));
