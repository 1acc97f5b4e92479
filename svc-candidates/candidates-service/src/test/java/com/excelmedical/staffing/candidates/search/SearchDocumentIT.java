package com.excelmedical.staffing.candidates.search;

import com.excelmedical.staffing.candidates.CandidatesIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stored search document and the credential rows beside it follow every write of the tables they are made of,
 * also two at the same moment, and a change of the compact's membership.
 */
class SearchDocumentIT extends CandidatesIT {

    @Autowired
    DataSource dataSource;

    SearchFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SearchFixture(jdbc);
    }

    @Test
    void aNewPositionAProfileEditAndADeactivationShowAtOnce() throws Exception {
        String name = unique();
        String title = unique();
        UUID candidate = fixture.candidate("Tess", name, "ICU", "TX", null);
        assertThat(found("q=" + title)).isEmpty();

        fixture.work(candidate, "St. Mary", title + " night charge nurse", "Twelve beds");
        assertThat(found("q=" + title)).containsExactly(candidate);

        long version = json.readTree(mvc.perform(get("/candidates/me").header("Authorization", bearer(candidate, "candidate")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("version").asLong();
        mvc.perform(put("/candidates/me").header("Authorization", bearer(candidate, "candidate"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": %d, \"specialty\": \"ER\", \"availableFrom\": \"%s\"}".formatted(version, LocalDate.now())))
                .andExpect(status().isOk());
        assertThat(found("q=" + name + "&specialty=ER&availableBy=" + LocalDate.now())).containsExactly(candidate);
        assertThat(found("q=" + name + "&specialty=ICU")).isEmpty();

        String renamed = unique();
        jdbc.update("UPDATE candidates SET last_name = ? WHERE id = ?", renamed, candidate);
        assertThat(found("q=" + renamed)).containsExactly(candidate);
        assertThat(found("q=" + name)).isEmpty();

        jdbc.update("UPDATE candidates SET status = 'DEACTIVATED' WHERE id = ?", candidate);
        assertThat(found("q=" + renamed)).isEmpty();
        assertThat(found("q=" + title)).isEmpty();
    }

    @Test
    void twoTransactionsWritingOneCandidateAtOnceBothReachTheDocument() throws Exception {
        String position = unique();
        String certificate = unique();
        UUID candidate = fixture.candidate("Cora", unique(), "ICU", "TX", null);
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            execute(first, "INSERT INTO candidate_work_experiences (id, candidate_id, employer, title, started_on) "
                    + "VALUES (?, ?, 'Mercy', '" + position + "', DATE '2021-01-01')", candidate);
            int secondPid = pid(second);
            CompletableFuture<Void> secondWrite = CompletableFuture.runAsync(() -> {
                try {
                    execute(second, "INSERT INTO candidate_resumes (id, candidate_id, file_name, content_type, size_bytes, sha256, content, "
                            + "text_content, parsed_fields, parse_confidence) VALUES (?, ?, 'cv.txt', 'text/plain', 1, repeat('a', 64), "
                            + "'\\x41'::bytea, '" + certificate + "', '{}'::jsonb, 0.5)", candidate);
                    second.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(10, TimeUnit.SECONDS).until(() -> "Lock".equals(jdbc.queryForObject(
                    "SELECT wait_event_type FROM pg_stat_activity WHERE pid = ?", String.class, secondPid)));
            first.commit();
            secondWrite.get(10, TimeUnit.SECONDS);
        }
        assertThat(found("q=" + position)).containsExactly(candidate);
        assertThat(found("q=" + certificate)).containsExactly(candidate);
    }

    @Test
    void licensedInFollowsALicensesStatusAndTheCompactsMembership() throws Exception {
        String name = unique();
        UUID nurse = fixture.candidate("Lena", name, "ICU", "FL", null);
        fixture.license(nurse, "FL", true, LocalDate.now().plusYears(1));
        assertThat(found("q=" + name + "&licensedIn=TX")).containsExactly(nurse);
        assertThat(found("q=" + name + "&licensedIn=CA")).isEmpty();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE nurse_licensure_compact SET implementation = 'full', member_since = DATE '2026-01-01' "
                        + "WHERE state_code = 'CA'");
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*) FROM candidate_search_licenses WHERE candidate_id = ? AND state_code = 'CA'")) {
                statement.setObject(1, nurse);
                try (var rs = statement.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
            assertThat(keys(connection, nurse)).contains("L:CA", "L:CA:RN");
            connection.rollback();
        }
        assertThat(found("q=" + name + "&licensedIn=CA")).isEmpty();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(keys(connection, nurse)).contains("L:FL", "L:FL:RN", "L:TX", "L:TX:RN").doesNotContain("L:CA", "L:CA:RN");
        }

        jdbc.update("UPDATE candidate_licenses SET status = 'EXPIRED' WHERE candidate_id = ?", nurse);
        assertThat(found("q=" + name + "&licensedIn=FL")).isEmpty();
        assertThat(found("q=" + name + "&licensedIn=TX")).isEmpty();
        assertThat(found("q=" + name)).containsExactly(nurse);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(keys(connection, nurse)).isEmpty();
        }
    }

    @Test
    void credentialKeysFollowCertifications() throws Exception {
        UUID nurse = fixture.candidate("Iris", unique(), "ICU", "TX", null);
        fixture.license(nurse, "TX", false, LocalDate.now().plusYears(1));
        fixture.certification(nurse, "ACLS", LocalDate.now().plusYears(1));
        try (Connection connection = dataSource.getConnection()) {
            assertThat(keys(connection, nurse)).containsExactly("C:ACLS", "L:TX", "L:TX:RN");
        }
        jdbc.update("DELETE FROM candidate_certifications WHERE candidate_id = ?", nurse);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(keys(connection, nurse)).containsExactly("L:TX", "L:TX:RN");
        }
    }

    /** The credential keys stored on the candidate's search row, as the given connection sees them. */
    private static List<String> keys(Connection connection, UUID candidate) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("SELECT credentials FROM candidate_search WHERE candidate_id = ?")) {
            statement.setObject(1, candidate);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return List.of((String[]) rs.getArray(1).getArray());
            }
        }
    }

    private static void execute(Connection connection, String sql, UUID candidate) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, candidate);
            statement.executeUpdate();
        }
    }

    private static int pid(Connection connection) throws Exception {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private List<UUID> found(String query) throws Exception {
        String body = mvc.perform(get("/candidates?" + query).header("Authorization", bearer(UUID.randomUUID(), "recruiter")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return CandidateSearchIT.ids(json.readTree(body));
    }
}
