package com.excelmedical.staffing.candidates.credentials.expiry;

import com.excelmedical.staffing.candidates.CandidatesIT;
import com.excelmedical.staffing.candidates.events.CandidatesTopics;
import com.excelmedical.staffing.platform.test.EventSchemas;
import com.excelmedical.staffing.platform.test.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialExpiryIT extends CandidatesIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    CredentialExpiry expiry;
    @Autowired
    ExpiryStore store;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ExpiryMetrics metrics;
    @Autowired
    Clock clock;
    @Autowired
    MeterRegistry meters;

    private final UUID candidate = UUID.randomUUID();

    @Test
    void eachNoticeIsPublishedOnceAcrossRepeatedRunsAndARestart() {
        jdbc.update("INSERT INTO candidates (id) VALUES (?)", candidate);
        UUID in30 = license("RN", "TX", TODAY.plusDays(30));
        UUID in10 = certification("ACLS", TODAY.plusDays(10));
        UUID in7 = license("LPN", "FL", TODAY.plusDays(7));
        UUID in40 = certification("BLS", TODAY.plusDays(40));
        UUID lapsed = license("RN", "CA", TODAY.minusDays(1));
        double sevenDayNotices = published(7);

        expiry.run();
        expiry.run();
        new CredentialExpiry(store, transactions, events, metrics, 2, clock).run();

        // one notice row each, written with its outbox record; the records reach Kafka once each
        assertThat(notices(in30)).containsExactly("30:true");
        assertThat(notices(in7)).containsExactly("7:true", "14:false", "30:false");
        // told once with the tightest threshold reached; the wider one passed is recorded, never sent
        assertThat(notices(in10)).containsExactly("14:true", "30:false");
        assertThat(notices(in40)).isEmpty();
        assertThat(notices(lapsed)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT status FROM candidate_licenses WHERE id = ?", String.class, lapsed)).isEqualTo("EXPIRED");
        assertThat(published(7)).isGreaterThanOrEqualTo(sevenDayNotices + 1);
        assertThat(meters.get("candidates.credentials.expiry.last.success").gauge().value()).isGreaterThan(0);

        assertThat(events(in30, 1)).singleElement().satisfies(value -> assertThat(value).contains("\"daysLeft\":30")
                .contains("\"name\":\"RN license TX\"").contains("\"credentialKind\":\"license\""));
        assertThat(events(in7, 1)).singleElement().satisfies(value -> assertThat(value).contains("\"daysLeft\":7"));
        assertThat(events(in10, 1)).singleElement().satisfies(value -> assertThat(value)
                .contains("\"type\":\"staffing.candidates.CredentialExpiring.v1\"")
                .contains("\"credentialKind\":\"certification\"").contains("\"name\":\"ACLS\"").contains("\"daysLeft\":14")
                .contains("\"candidateId\":\"" + candidate + "\"").contains("\"expiresOn\":\"" + TODAY.plusDays(10) + "\""));
    }

    @Test
    void aNewExpiryDateStartsTheNoticesAgain() {
        jdbc.update("INSERT INTO candidates (id) VALUES (?)", candidate);
        UUID renewed = license("RN", "TX", TODAY.plusDays(5));
        expiry.run();
        jdbc.update("UPDATE candidate_licenses SET expires_on = ? WHERE id = ?", TODAY.plusDays(20), renewed);

        expiry.run();
        expiry.run();

        assertThat(jdbc.queryForList("""
                SELECT expires_on || ':' || threshold_days FROM credential_expiry_notices
                WHERE credential_id = ? AND published ORDER BY expires_on""", String.class, renewed))
                .containsExactly(TODAY.plusDays(5) + ":7", TODAY.plusDays(20) + ":30");
        assertThat(events(renewed, 2)).hasSize(2)
                .anyMatch(value -> value.contains("\"daysLeft\":7") && value.contains(TODAY.plusDays(5).toString()))
                .anyMatch(value -> value.contains("\"daysLeft\":30") && value.contains(TODAY.plusDays(20).toString()));
    }

    private List<String> notices(UUID credentialId) {
        return jdbc.queryForList("""
                SELECT threshold_days || ':' || published FROM credential_expiry_notices
                WHERE credential_id = ? ORDER BY threshold_days""", String.class, credentialId);
    }

    /**
     * The events of the credential on the topic, each checked against its schema, one per event id: the
     * outbox delivers at least once, so a record sent again before its completion was stored (the same
     * event, same id) is not a second notice.
     */
    private List<String> events(UUID credentialId, int expected) {
        Map<String, String> byEventId = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : TopicReader.recordsWithKey(CandidatesTopics.CREDENTIALS, credentialId.toString(),
                expected)) {
            EventSchemas.assertValid(record.value());
            byEventId.putIfAbsent(json.readTree(record.value()).get("id").asString(), record.value());
        }
        return List.copyOf(byEventId.values());
    }

    private double published(int threshold) {
        return meters.get("candidates.credentials.expiring.published").tag("threshold", String.valueOf(threshold)).counter().count();
    }

    private UUID license(String type, String state, LocalDate expiresOn) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO candidate_licenses (id, candidate_id, license_type, state_code, license_number, issued_on, expires_on)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", id, candidate, type, state, "N-" + id.toString().substring(0, 8),
                TODAY.minusYears(2), expiresOn);
        return id;
    }

    private UUID certification(String code, LocalDate expiresOn) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO candidate_certifications (id, candidate_id, certification_code, issued_on, expires_on)
                VALUES (?, ?, ?, ?, ?)""", id, candidate, code, TODAY.minusYears(2), expiresOn);
        return id;
    }
}
