package com.excelmedical.staffing.identity;

import com.excelmedical.staffing.identity.events.IdentityTopics;
import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.platform.test.EventSchemas;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ErasureIT extends IdentityIT {

    @Test
    void erasureLeavesNoPersonalDataInTheUsersRowRevokesSessionsAndPublishesOnlyTheUserId() throws Exception {
        String email = uniqueEmail();
        UUID userId = register(email);
        JsonNode tokens = logIn(email, PASSWORD);

        postJson("/identity/me/erasure", Map.of(), tokens.get("access_token").asString())
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("closed"));

        Map<String, Object> row = jdbc.queryForMap("select * from users where id = ?", userId);
        assertThat(row.get("status")).isEqualTo("closed");
        assertThat(row.get("email").toString()).doesNotContain(email).doesNotContain("example.com");
        assertThat(row.get("first_name")).isNull();
        assertThat(row.get("last_name")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("password_hash")).isNull();
        assertThat(row.get("referral_code")).isNull();
        assertThat(row.get("deleted_at")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from sessions where user_id = ? and (revoked_at is null "
                + "or ip_address is not null or user_agent is not null)", Integer.class, userId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from verification_tokens where user_id = ?", Integer.class, userId)).isZero();

        postJson("/identity/token/refresh", Map.of("refresh_token", tokens.get("refresh_token").asString()))
                .andExpect(status().isUnauthorized());
        postJson("/identity/token", Map.of("email", email, "password", PASSWORD)).andExpect(status().isUnauthorized());
        // the address is free again
        register(email);

        List<ConsumerRecord<String, String>> records = TopicReader.recordsWithKey(IdentityTopics.USERS, userId.toString(), 2);
        ConsumerRecord<String, String> erased = records.stream()
                .filter(record -> record.value().contains("staffing.identity.UserErased.v1")).findFirst().orElseThrow();
        EventSchemas.assertValid(erased.value());
        JsonNode data = json.readTree(erased.value()).get("data");
        assertThat(data.get("userId").asString()).isEqualTo(userId.toString());
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("eventId", "occurredAt", "userId");
    }
}
