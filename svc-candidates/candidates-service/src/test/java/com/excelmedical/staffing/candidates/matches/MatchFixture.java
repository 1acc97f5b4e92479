package com.excelmedical.staffing.candidates.matches;

import com.excelmedical.staffing.candidates.ReferenceStandIn;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Job snapshots, profiles and credentials written with SQL, as the job feed and the profile and credential
 * routes would leave them: a telemetry nurse who wants Cheyenne, WY or Montana at 2,500 a week, from
 * {@link #AVAILABLE}, with a multistate RN license from Wyoming and BLS and ACLS.
 */
record MatchFixture(JdbcTemplate jdbc) {

    static final LocalDate AVAILABLE = LocalDate.now().plusDays(7);

    UUID job(String specialty, String city, String state, int weeklyPay, LocalDate start, String status, Instant occurredAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO job_snapshots (job_id, title, facility_name, city_name, state_code, status, occurred_at, profession_id,
                                           specialty_id, specialty_name, job_type, start_date, end_date, weekly_pay, currency)
                VALUES (?, ?, 'Mercy General', ?, ?, ?, ?, ?, ?, ?, 'travel', ?, ?, ?, 'USD')""",
                id, specialty + " RN " + city, city, state, status, Timestamp.from(occurredAt), ReferenceStandIn.professionId("RN"),
                ReferenceStandIn.specialtyId(specialty), specialty, Date.valueOf(start), Date.valueOf(start.plusWeeks(13)), weeklyPay);
        return id;
    }

    /** An active job the feed knows no specialty of yet. */
    UUID activeJobWithoutSpecialty(String city, String state) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO job_snapshots (job_id, title, city_name, state_code, status, occurred_at)
                VALUES (?, ?, ?, ?, 'active', now())""", id, "RN " + city, city, state);
        return id;
    }

    UUID activeJob(String specialty, String city, String state, int weeklyPay, LocalDate start) {
        return job(specialty, city, state, weeklyPay, start, "active", Instant.now());
    }

    UUID aTelemetryNurse() {
        UUID candidate = UUID.randomUUID();
        jdbc.update("INSERT INTO candidates (id, specialty, weekly_pay_min, available_from) VALUES (?, 'TELE', 2500, ?)",
                candidate, Date.valueOf(AVAILABLE));
        jdbc.update("INSERT INTO candidate_professions (candidate_id, profession_code) VALUES (?, 'RN')", candidate);
        jdbc.update("INSERT INTO candidate_preferred_states (candidate_id, state_code) VALUES (?, 'MT')", candidate);
        jdbc.update("INSERT INTO candidate_preferred_cities (candidate_id, name, state_code) VALUES (?, 'Cheyenne', 'WY')", candidate);
        jdbc.update("""
                INSERT INTO candidate_licenses (id, candidate_id, license_type, state_code, license_number, multistate, issued_on, expires_on)
                VALUES (?, ?, 'RN', 'WY', 'RN-1234', true, ?, ?)""",
                UUID.randomUUID(), candidate, Date.valueOf(LocalDate.now().minusYears(2)), Date.valueOf(LocalDate.now().plusYears(2)));
        for (String code : new String[] {"BLS", "ACLS"}) {
            jdbc.update("""
                    INSERT INTO candidate_certifications (id, candidate_id, certification_code, issued_on, expires_on)
                    VALUES (?, ?, ?, ?, ?)""",
                    UUID.randomUUID(), candidate, code, Date.valueOf(LocalDate.now().minusYears(1)), Date.valueOf(LocalDate.now().plusYears(2)));
        }
        return candidate;
    }

    void passed(UUID candidate, UUID job) {
        jdbc.update("""
                INSERT INTO candidate_job_swipes (candidate_id, job_id, action, match_score, match_parts)
                VALUES (?, ?, 'pass', 50, '{}')""", candidate, job);
    }

    void applied(UUID candidate, UUID job) {
        jdbc.update("""
                INSERT INTO applications (id, candidate_id, job_id, status, source, submitted_at, updated_at)
                VALUES (?, ?, ?, 'submitted', 'direct', now(), now())""", UUID.randomUUID(), candidate, job);
    }
}
