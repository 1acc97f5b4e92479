package com.excelmedical.staffing.candidates.identityevents;

import com.excelmedical.staffing.candidates.CandidatesIT;
import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.identity.events.IdentityTopics;
import com.excelmedical.staffing.identity.events.UserDeactivated;
import com.excelmedical.staffing.identity.events.UserErased;
import com.excelmedical.staffing.identity.events.UserRegistered;
import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.test.EventSchemas;
import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.platform.test.TopicWriter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** This test plays svc-identity: it writes identity-events records, checked against their schemas, to identity.users. */
class IdentityEventsIT extends CandidatesIT {

    private static TopicWriter identity;

    @Autowired
    MeterRegistry meters;

    private final UUID user = UUID.randomUUID();

    @BeforeAll
    static void identityTopic() throws Exception {
        identity = TopicWriter.to(IdentityTopics.USERS, 1);
    }

    @AfterAll
    static void close() {
        identity.close();
    }

    @Test
    void aCandidateRegistrationFillsTheProfile() throws Exception {
        send(registered(user, "candidate"));

        await().until(() -> email(user) != null);
        Map<String, Object> row = row(user);
        assertThat(row).containsEntry("email", "ann.lee@example.com").containsEntry("first_name", "Ann")
                .containsEntry("last_name", "Lee").containsEntry("registered_referral_code", "REF-1234567890123456789012345678-XYZ")
                .containsEntry("status", "ACTIVE");
        assertThat(row.get("registered_at")).isNotNull();
    }

    @Test
    void theTokenFirstAndTheRegistrationLaterGiveOneCandidate() throws Exception {
        mvc.perform(get("/candidates/me").header("Authorization", bearer(user, "candidate"))).andExpect(status().isOk());

        send(registered(user, "candidate"));

        await().until(() -> email(user) != null);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidates WHERE id = ?", Integer.class, user)).isEqualTo(1);
    }

    @Test
    void aDuplicateDeliveryChangesNothing() throws Exception {
        UserRegistered registration = registered(user, "candidate");
        send(registration);
        await().until(() -> email(user) != null);
        Object updatedAt = row(user).get("updated_at");
        double duplicates = duplicates();

        send(registration);

        await().until(() -> duplicates() > duplicates);
        assertThat(row(user).get("updated_at")).isEqualTo(updatedAt);
        assertThat(consumed(registration.eventId())).isEqualTo(1);
    }

    @Test
    void staffRegistrationsAreNotCandidates() throws Exception {
        UserRegistered recruiter = registered(user, "recruiter");
        send(recruiter);

        await().until(() -> consumed(recruiter.eventId()) == 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidates WHERE id = ?", Integer.class, user)).isZero();
    }

    @Test
    void aDeactivatedCandidateIsNoLongerActive() throws Exception {
        send(registered(user, "candidate"));
        send(new UserDeactivated(UUID.randomUUID(), Instant.now(), user));

        await().until(() -> "DEACTIVATED".equals(row(user).get("status")));
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheNextRecordIsStillHandled() throws Exception {
        String key = UUID.randomUUID().toString();
        identity.send(key, "{ not an event");
        send(registered(user, "candidate"));

        await().until(() -> email(user) != null);
        assertThat(TopicReader.awaitRecords(IdentityTopics.USERS + ".DLT", r -> key.equals(r.key()), 1)).hasSize(1);
    }

    @Test
    void erasureLeavesNoPersonalData() throws Exception {
        send(registered(user, "candidate"));
        await().until(() -> email(user) != null);
        String token = bearer(user, "candidate");
        mvc.perform(get("/candidates/me").header("Authorization", token)).andExpect(status().isOk());
        mvc.perform(put("/candidates/me").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"version": 0, "specialty": "ICU", "cellPhone": "+1 214 555 0199", "homePhone": "214-555-0142",
                         "preferredCities": [{"name": "Plano", "state": "TX"}],
                         "address": {"line1": "77 Sunset Boulevard", "city": "Dallas", "state": "TX", "zip": "75201"},
                         "consents": {"email": true, "sms": true}}""")).andExpect(status().isOk());
        mvc.perform(put("/candidates/me/personal-data").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"ssn\": \"219-09-9999\", \"dateOfBirth\": \"1988-07-14\"}")).andExpect(status().isOk());

        send(new UserErased(UUID.randomUUID(), Instant.now(), user));

        await().until(() -> "ERASED".equals(row(user).get("status")));
        String raw = jdbc.queryForObject("SELECT c::text FROM candidates c WHERE id = ?", String.class, user);
        assertThat(raw).doesNotContain("Ann").doesNotContain("Lee").doesNotContain("example.com").doesNotContain("REF-")
                .doesNotContain("214 555 0199").doesNotContain("214-555-0142").doesNotContain("Sunset").doesNotContain("Dallas");
        assertThat(row(user)).containsEntry("email", null).containsEntry("cell_phone", null).containsEntry("zip", null)
                .containsEntry("email_consent", false)
                .containsEntry("specialty", "ICU");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate_personal_data WHERE candidate_id = ?", Integer.class, user))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate_preferred_cities WHERE candidate_id = ?", Integer.class, user))
                .isZero();
    }

    private UserRegistered registered(UUID userId, String role) {
        return new UserRegistered(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS), userId, "ann.lee@example.com",
                "Ann", "Lee", List.of(role), "REF-1234567890123456789012345678-XYZ");
    }

    /** Sends the event as svc-identity would; what is sent must keep the identity contract (schemas in identity-events). */
    private void send(DomainEvent event) throws Exception {
        String record = new CloudEventCodec(json, "/identity").write(event);
        EventSchemas.assertValid(record);
        identity.send(event.subject(), record);
    }

    private int consumed(UUID eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM consumed_event WHERE consumer = ? AND event_id = ?", Integer.class,
                IdentityEvents.CONSUMER, eventId);
    }

    private double duplicates() {
        var counter = meters.find("staffing.events.consumed").tags("consumer", IdentityEvents.CONSUMER, "type",
                UserRegistered.TYPE, "outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    private String email(UUID id) {
        // a row created from a token has no email yet: a null element, which Stream.findFirst would refuse
        List<String> emails = jdbc.queryForList("SELECT email FROM candidates WHERE id = ?", String.class, id);
        return emails.isEmpty() ? null : emails.getFirst();
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.queryForMap("SELECT * FROM candidates WHERE id = ?", id);
    }
}
