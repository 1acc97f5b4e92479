package com.excelmedical.staffing.candidates.benchmark;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The benchmark's candidates, written set-wise (INSERT ... SELECT over generate_series, one statement per table):
 * names, specialty, home state and city, availability within four months (one in ten unknown); three positions
 * each with employer, title and a sentence of responsibilities; a license in the home state (multistate for two in
 * three of those in compact states) and for a third a second state; BLS for nearly all, ACLS, PALS, NRP, TNCC,
 * CCRN for some, a few of them expired or expiring soon; and a resume's text for one in five. Values are picked by
 * hashing the row number, so every run loads the same data. The documents are built once, after
 * the last table (see {@link #load}).
 */
final class CandidateSearchData {

    /** The n-th candidate's id. */
    private static final String ID = "('20000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid";

    /** The tables loaded here whose search trigger rebuilds documents on insert. */
    private static final String[] TABLES = {"candidates", "candidate_professions", "candidate_work_experiences", "candidate_licenses",
            "candidate_certifications", "candidate_resumes"};

    private CandidateSearchData() {
    }

    /**
     * Loads the data in one transaction with the search triggers of the loaded tables disabled (ALTER TABLE takes
     * their lock, so no other session writes them unindexed meanwhile), rebuilds the loaded candidates' documents
     * and credential rows once, enables the triggers again and commits: one rebuild instead of one per table.
     */
    static void load(JdbcTemplate jdbc, int candidates) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                JdbcTemplate loading = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                triggers(loading, "DISABLE");
                insert(loading, candidates);
                loading.execute("SELECT candidate_search_refresh(ARRAY(SELECT id FROM candidates WHERE email LIKE 'bench%'))");
                triggers(loading, "ENABLE");
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
        BenchmarkSupport.settle(jdbc, "candidates", "candidate_search", "candidate_search_licenses", "candidate_search_certifications",
                "candidate_licenses", "candidate_certifications", "candidate_work_experiences", "candidate_professions",
                "candidate_resumes", "job_snapshots");
    }

    private static void triggers(JdbcTemplate jdbc, String action) {
        for (String table : TABLES) {
            jdbc.execute("ALTER TABLE " + table + " " + action + " TRIGGER candidate_search_on_insert");
        }
    }

    private static void insert(JdbcTemplate jdbc, int candidates) {
        jdbc.update("""
                INSERT INTO candidates (id, email, first_name, last_name, specialty, years_of_experience, available_from, city,
                                        state_code, travel_status, registered_at)
                SELECT %s, 'bench' || g || '@example.com',
                       (ARRAY['Maria','James','Linda','Robert','Patricia','Michael','Jennifer','David','Elizabeth','William',
                              'Aisha','Carlos','Mei','Priya','Olga','Kwame','Sofia','Liam','Noah','Emma','Grace','Daniel',
                              'Chloe','Ethan','Fatima','Hannah','Isaac','Julia','Kevin','Laura'])[1 + abs(hashtext(g || 'f')) %% 30],
                       (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
                              'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
                              'Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson',
                              'Walker','Young','Allen','King','Wright','Scott','Torres','Nguyen','Hill','Flores'])[1 + abs(hashtext(g || 'l')) %% 40],
                       (ARRAY['ICU','ICU','ER','ER','MEDSURG','MEDSURG','MEDSURG','TELE','TELE','NICU','LD','LPN_LTC'])[1 + abs(hashtext(g || 's')) %% 12],
                       abs(hashtext(g || 'y')) %% 31,
                       CASE WHEN abs(hashtext(g || 'a')) %% 10 = 0 THEN NULL ELSE current_date + abs(hashtext(g || 'a')) %% 120 END,
                       (ARRAY['Houston','Dallas','Miami','Orlando','Los Angeles','San Diego','New York','Buffalo','Phoenix','Atlanta',
                              'Charlotte','Columbus','Seattle','Chicago'])[1 + s.i],
                       (ARRAY['TX','TX','FL','FL','CA','CA','NY','NY','AZ','GA','NC','OH','WA','IL'])[1 + s.i],
                       'OPEN_TO_TRAVEL', now()
                FROM generate_series(1, ?) g, LATERAL (SELECT abs(hashtext(g || 'c')) %% 14 AS i) s
                ON CONFLICT DO NOTHING""".formatted(ID), candidates);
        jdbc.update("""
                INSERT INTO candidate_professions (candidate_id, profession_code)
                SELECT c.id, CASE WHEN c.specialty = 'LPN_LTC' THEN 'LPN' ELSE 'RN' END FROM candidates c
                WHERE c.email LIKE 'bench%' ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO candidate_work_experiences (id, candidate_id, employer, title, specialty, city, state_code, started_on,
                                                        ended_on, responsibilities)
                SELECT md5(c.id::text || p)::uuid, c.id,
                       (ARRAY['Baylor Scott & White','Houston Methodist','Memorial Hermann','Mount Sinai','Cedars-Sinai',
                              'Mayo Clinic','Cleveland Clinic','Johns Hopkins','Banner Health','Emory Healthcare',
                              'Atrium Health','AdventHealth','Kaiser Permanente','Northwestern Medicine','HCA Florida'])[1 + abs(hashtext(c.id::text || p || 'e')) % 15],
                       (ARRAY['Staff Nurse','Charge Nurse','Travel Nurse','Clinical Nurse','Nurse Preceptor','Night Shift Nurse',
                              'Step Down Nurse','Float Pool Nurse'])[1 + abs(hashtext(c.id::text || p || 't')) % 8],
                       c.specialty, c.city, c.state_code,
                       current_date - (p * 900 + 200), CASE WHEN p = 0 THEN NULL ELSE current_date - (p * 900 - 600) END,
                       (ARRAY['Cared for four to six patients a shift on a 32-bed unit; titrated drips and managed ventilator patients.',
                              'Charge duties on nights: assignments, admissions, rapid responses and codes; precepted new graduates.',
                              'Trauma level I emergency department: triage, stabilization, sepsis bundles and pediatric emergencies.',
                              'Telemetry and step down: cardiac monitoring, rhythm interpretation, post-cath and heart failure care.',
                              'Level III NICU: premature infants, ventilator and CPAP care, family teaching, discharge planning.',
                              'Labor and delivery: fetal monitoring, epidurals, cesarean sections, postpartum recovery.',
                              'Medical surgical floor: post-operative care, wound care, medication administration, Epic charting.'])[1 + abs(hashtext(c.id::text || p || 'r')) % 7]
                FROM candidates c, generate_series(0, 2) p WHERE c.email LIKE 'bench%' ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO candidate_licenses (id, candidate_id, license_type, state_code, license_number, multistate, issued_on, expires_on)
                SELECT md5(c.id::text || 'home')::uuid, c.id, CASE WHEN c.specialty = 'LPN_LTC' THEN 'LPN' ELSE 'RN' END, c.state_code,
                       'L' || abs(hashtext(c.id::text)), coalesce(n.issues_multistate, false) AND abs(hashtext(c.id::text || 'm')) % 3 <> 0,
                       current_date - 1000, current_date + 30 + abs(hashtext(c.id::text || 'x')) % 700
                FROM candidates c LEFT JOIN nurse_licensure_compact n ON n.state_code = c.state_code
                WHERE c.email LIKE 'bench%' ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO candidate_licenses (id, candidate_id, license_type, state_code, license_number, issued_on, expires_on)
                SELECT md5(c.id::text || 'second')::uuid, c.id, CASE WHEN c.specialty = 'LPN_LTC' THEN 'LPN' ELSE 'RN' END,
                       (ARRAY['CA','NY','IL','NV','OR','HI','MN','MA'])[1 + abs(hashtext(c.id::text || 'o')) % 8],
                       'S' || abs(hashtext(c.id::text)), current_date - 500, current_date + abs(hashtext(c.id::text || 'z')) % 700 - 60
                FROM candidates c WHERE c.email LIKE 'bench%' AND abs(hashtext(c.id::text || 'second')) % 3 = 0 ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO candidate_certifications (id, candidate_id, certification_code, issuing_body, issued_on, expires_on, status)
                SELECT md5(c.id::text || k.code)::uuid, c.id, k.code, 'AHA', current_date - 600,
                       current_date + abs(hashtext(c.id::text || k.code || 'x')) % 730 - 60,
                       CASE WHEN abs(hashtext(c.id::text || k.code || 'x')) % 730 < 60 THEN 'EXPIRED' ELSE 'ACTIVE' END
                FROM candidates c, (VALUES ('BLS', 95), ('ACLS', 60), ('PALS', 25), ('NRP', 15), ('TNCC', 15), ('CCRN', 15)) k(code, percent)
                WHERE c.email LIKE 'bench%' AND abs(hashtext(c.id::text || k.code)) % 100 < k.percent ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO candidate_resumes (id, candidate_id, file_name, content_type, size_bytes, sha256, content, text_content,
                                               parsed_fields, parse_confidence)
                SELECT md5(c.id::text || 'cv')::uuid, c.id, 'resume.txt', 'text/plain', 1, md5(c.id::text) || md5(c.id::text || 'h'),
                       '\\x20'::bytea,
                       c.first_name || ' ' || c.last_name || E', RN\\n' || c.city || ', ' || c.state_code || E'\\nSummary\\n'
                       || c.years_of_experience || ' years of ' || c.specialty || ' nursing in acute care hospitals. '
                       || string_agg(w.title || ', ' || w.employer || '. ' || w.responsibilities, E'\\n')
                       || E'\\nCertifications: BLS, ACLS. Skills: Epic, Cerner, Pyxis, IV insertion, patient education, bilingual Spanish.',
                       '{}'::jsonb, 0.8
                FROM candidates c JOIN candidate_work_experiences w ON w.candidate_id = c.id
                WHERE c.email LIKE 'bench%' AND abs(hashtext(c.id::text || 'cv')) % 5 = 0
                GROUP BY c.id ON CONFLICT DO NOTHING""");
    }
}
