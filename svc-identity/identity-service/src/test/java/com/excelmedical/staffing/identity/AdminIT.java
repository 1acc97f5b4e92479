package com.excelmedical.staffing.identity;

import com.excelmedical.staffing.identity.events.IdentityTopics;
import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.platform.test.EventSchemas;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminIT extends IdentityIT {

    @Test
    void refusesACandidateOnAdminRoutes() throws Exception {
        String candidate = candidateToken();
        mvc.perform(get("/identity/users").header("Authorization", "Bearer " + candidate))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/forbidden"));
        postJson("/identity/users", staff(uniqueEmail(), List.of("admin")), candidate).andExpect(status().isForbidden());
    }

    @Test
    void createsAStaffAccountThatLogsInWithItsRole() throws Exception {
        String email = uniqueEmail();
        postJson("/identity/users", staff(email, List.of("recruiter")), adminToken())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles[0]").value("recruiter"))
                .andExpect(jsonPath("$.status").value("active"));
        JsonNode tokens = logIn(email, PASSWORD);
        assertThat(com.nimbusds.jwt.SignedJWT.parse(tokens.get("access_token").asString()).getJWTClaimsSet()
                .getStringListClaim("roles")).containsExactly("recruiter");
    }

    @Test
    void refusesAnUnknownRoleWith400AndAnUnknownUserWith404() throws Exception {
        String admin = adminToken();
        String email = uniqueEmail();
        postJson("/identity/users", staff(email, List.of("superuser")), admin)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.detail").value("unknown role: superuser"));
        assertThat(jdbc.queryForObject("select count(*) from users where email = ?", Integer.class, email)).isZero();

        mvc.perform(patch("/identity/users/" + UUID.randomUUID()).header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"inactive\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void deactivatingAUserStopsItsRefreshTokensAtOnceAndPublishesUserDeactivated() throws Exception {
        String admin = adminToken();
        String email = uniqueEmail();
        UUID userId = register(email);
        JsonNode tokens = logIn(email, PASSWORD);

        mvc.perform(patch("/identity/users/" + userId).header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"inactive\",\"roles\":[\"candidate\",\"editor\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("inactive"))
                .andExpect(jsonPath("$.roles.length()").value(2));

        postJson("/identity/token/refresh", Map.of("refresh_token", tokens.get("refresh_token").asString()))
                .andExpect(status().isUnauthorized());
        postJson("/identity/token", Map.of("email", email, "password", PASSWORD)).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForList("select action from audit_log where user_id = ?", String.class, userId))
                .contains("ROLES_CHANGED", "STATUS_CHANGED");

        List<ConsumerRecord<String, String>> records = TopicReader.recordsWithKey(IdentityTopics.USERS, userId.toString(), 3);
        List<String> types = records.stream().map(record -> json.readTree(record.value()).get("type").asString()).toList();
        // the two events of one transaction are sent after its commit in no guaranteed order
        assertThat(types.getFirst()).isEqualTo("staffing.identity.UserRegistered.v1");
        assertThat(types.subList(1, types.size()))
                .containsExactlyInAnyOrder("staffing.identity.UserRolesChanged.v1", "staffing.identity.UserDeactivated.v1");
        records.forEach(record -> EventSchemas.assertValid(record.value()));
    }

    @Test
    void refusesAStatusThatIsNotAllowed() throws Exception {
        UUID userId = register(uniqueEmail());
        mvc.perform(patch("/identity/users/" + userId).header("Authorization", "Bearer " + adminToken())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"closed\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void anAdminCannotDeactivateOrDemoteTheirOwnAccount() throws Exception {
        String admin = adminToken();
        String self = com.nimbusds.jwt.SignedJWT.parse(admin).getJWTClaimsSet().getSubject();
        mvc.perform(patch("/identity/users/" + self).header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"candidate\"]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/own-admin-account"));
        assertThat(jdbc.queryForList("select role from user_roles where user_id = ?::uuid", String.class, self)).contains("admin");
    }

    @Test
    void listsUsersFilteredByRoleStatusAndText() throws Exception {
        String admin = adminToken();
        String email = uniqueEmail();
        postJson("/identity/users", staff(email, List.of("editor")), admin).andExpect(status().isCreated());

        mvc.perform(get("/identity/users").param("role", "editor").param("status", "active").param("q", email.substring(0, 20))
                        .header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].email").value(email))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
        mvc.perform(get("/identity/users").param("size", "101").header("Authorization", "Bearer " + admin))
                .andExpect(status().isBadRequest());
    }

    @Test
    void pagesBeyondAnyOffsetTheDatabaseCanTakeAre400NamingPageAndEmptyPagesAreConsistent() throws Exception {
        String admin = adminToken();
        mvc.perform(get("/identity/users").param("page", "2147483647").header("Authorization", "Bearer " + admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/identity/users").param("size", "0").header("Authorization", "Bearer " + admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/identity/users").param("q", "a\u0000b").header("Authorization", "Bearer " + admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/identity/users").param("q", "nobody-" + UUID.randomUUID()).param("size", "7")
                        .header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(7))
                .andExpect(jsonPath("$.totalItems").value(0))
                .andExpect(jsonPath("$.totalPages").value(0));
    }

    private static Map<String, Object> staff(String email, List<String> roles) {
        return Map.of("email", email, "firstName", "Rita", "lastName", "Recruiter", "roles", roles, "password", PASSWORD);
    }
}
