package com.excelmedical.staffing.candidates.search;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Candidates and their credentials written straight into the tables, as any part of the service (or a
 * migration) might write them: the search document must follow whatever writes them.
 */
final class SearchFixture {

    private final JdbcTemplate jdbc;

    SearchFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    UUID candidate(String firstName, String lastName, String specialty, String state, LocalDate availableFrom) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO candidates (id, email, first_name, last_name, specialty, city, state_code, available_from,
                                        years_of_experience, cell_phone, address_line1)
                VALUES (?, ?, ?, ?, ?, 'Springfield', ?, ?, 5, '+1 512 555 0100', '1 Private Lane')""",
                id, id + "@example.com", firstName, lastName, specialty, state, availableFrom);
        jdbc.update("INSERT INTO candidate_professions (candidate_id, profession_code) VALUES (?, 'RN')", id);
        return id;
    }

    void work(UUID candidate, String employer, String title, String responsibilities) {
        jdbc.update("""
                INSERT INTO candidate_work_experiences (id, candidate_id, employer, title, specialty, started_on, responsibilities)
                VALUES (?, ?, ?, ?, 'ICU', DATE '2020-01-01', ?)""", UUID.randomUUID(), candidate, employer, title, responsibilities);
    }

    void license(UUID candidate, String state, boolean multistate, LocalDate expiresOn) {
        jdbc.update("""
                INSERT INTO candidate_licenses (id, candidate_id, license_type, state_code, license_number, multistate, issued_on, expires_on)
                VALUES (?, ?, 'RN', ?, ?, ?, DATE '2020-01-01', ?)""", UUID.randomUUID(), candidate, state, "RN" + state, multistate, expiresOn);
    }

    void certification(UUID candidate, String code, LocalDate expiresOn) {
        jdbc.update("""
                INSERT INTO candidate_certifications (id, candidate_id, certification_code, issued_on, expires_on)
                VALUES (?, ?, ?, DATE '2020-01-01', ?)""", UUID.randomUUID(), candidate, code, expiresOn);
    }

    void resume(UUID candidate, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        jdbc.update("""
                INSERT INTO candidate_resumes (id, candidate_id, file_name, content_type, size_bytes, sha256, content, text_content,
                                               parsed_fields, parse_confidence)
                VALUES (?, ?, 'cv.txt', 'text/plain', ?, ?, ?, ?, '{}'::jsonb, 0.5)""",
                UUID.randomUUID(), candidate, content.length, "%064x".formatted(text.hashCode() & 0xffffffffL), content, text);
    }

    /** A job snapshot with the fields eligibility reads. */
    UUID job(String state, UUID professionId, UUID specialtyId, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO job_snapshots (job_id, title, state_code, status, occurred_at, profession_id, specialty_id, start_date, end_date)
                VALUES (?, 'Travel ICU RN', ?, 'active', now(), ?, ?, ?, ?)""", id, state, professionId, specialtyId, start, end);
        return id;
    }
}
