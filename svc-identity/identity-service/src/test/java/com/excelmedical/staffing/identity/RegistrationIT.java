package com.excelmedical.staffing.identity;

import com.excelmedical.staffing.identity.events.IdentityTopics;
import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.platform.test.EventSchemas;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RegistrationIT extends IdentityIT {

    @Test
    void registersACandidateAndPublishesUserRegisteredOnceMatchingItsSchema() throws Exception {
        String email = uniqueEmail();
        Map<String, Object> request = new HashMap<>(registration(email.toUpperCase(), PASSWORD));
        request.put("referralCode", "ANNA-2026");
        String body = postJson("/identity/register", request)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.roles[0]").value("candidate"))
                .andExpect(jsonPath("$.status").value("active"))
                .andReturn().getResponse().getContentAsString();
        UUID userId = UUID.fromString(json.readTree(body).get("userId").asString());

        List<ConsumerRecord<String, String>> records = TopicReader.recordsWithKey(IdentityTopics.USERS, userId.toString(), 1);
        assertThat(records).hasSize(1);
        EventSchemas.assertValid(records.getFirst().value());
        JsonNode envelope = json.readTree(records.getFirst().value());
        assertThat(envelope.get("type").asString()).isEqualTo("staffing.identity.UserRegistered.v1");
        assertThat(envelope.get("data").get("referralCode").asString()).isEqualTo("ANNA-2026");
        assertThat(envelope.get("data").get("email").asString()).isEqualTo(email);
        assertThat(jdbc.queryForObject("select data_processing_consent_at is not null from users where id = ?",
                Boolean.class, userId)).isTrue();
    }

    @Test
    void refusesADuplicateEmailWhateverItsCaseWith409() throws Exception {
        String email = uniqueEmail();
        register(email);
        postJson("/identity/register", registration(email.toUpperCase(), PASSWORD))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/email-taken"));
        assertThat(usersWithEmail(email)).isEqualTo(1);
    }

    @Test
    void refusesWeakPasswordsNamingTheRuleAndStoresNothing() throws Exception {
        String email = uniqueEmail();
        postJson("/identity/register", registration(email, "short1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/weak-password"))
                .andExpect(jsonPath("$.detail").value("password must have at least 12 characters"))
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        postJson("/identity/register", registration(email, "Password1234"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("password is too common"));
        postJson("/identity/register", registration(email, "x".repeat(129) + "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("password must have at most 128 characters"));
        assertThat(usersWithEmail(email)).isZero();
    }

    @Test
    void refusesMalformedMissingAndOverlongInputWithProblemDetailsAndStoresNothing() throws Exception {
        String email = uniqueEmail();
        mvc.perform(post("/identity/register").contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"" + email))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        Map<String, Object> missing = new HashMap<>(registration(email, PASSWORD));
        missing.remove("lastName");
        postJson("/identity/register", missing)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastName"));

        Map<String, Object> overlong = new HashMap<>(registration(email, PASSWORD));
        overlong.put("firstName", "A".repeat(101));
        postJson("/identity/register", overlong)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("firstName"));

        Map<String, Object> noConsent = new HashMap<>(registration(email, PASSWORD));
        noConsent.put("consents", Map.of("dataProcessing", false));
        postJson("/identity/register", noConsent)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consents.dataProcessing"));

        assertThat(usersWithEmail(email)).isZero();
    }

    private int usersWithEmail(String email) {
        return jdbc.queryForObject("select count(*) from users where lower(email) = lower(?)", Integer.class, email);
    }
}
