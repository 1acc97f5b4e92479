package com.excelmedical.staffing.identity;

import com.excelmedical.staffing.devstack.test.UseDevStack;
import com.excelmedical.staffing.platform.test.MutableClock;
import com.excelmedical.staffing.identity.support.RecordingMailSender;
import com.excelmedical.staffing.identity.support.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.UUID;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * svc-identity on its real port, against real PostgreSQL and Kafka. Every subclass shares this one
 * configuration, hence one Spring context; time is moved with {@link MutableClock}, never waited for,
 * and set back to the real time after each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@UseDevStack(postgres = "identity", kafka = true)
@ActiveProfiles("test")
@Import(TestSupport.class)
public abstract class IdentityIT {

    protected static final String PASSWORD = "correct horse battery";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected RecordingMailSender mails;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    protected ResultActions postJson(String path, Object body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    protected ResultActions postJson(String path, Object body, String accessToken) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .header("Authorization", "Bearer " + accessToken));
    }

    protected static Map<String, Object> registration(String email, String password) {
        return Map.of("email", email, "password", password, "firstName", "Ada", "lastName", "Nightingale",
                "phone", "+1 555 0100", "consents", Map.of("dataProcessing", true));
    }

    protected UUID register(String email) throws Exception {
        String body = postJson("/identity/register", registration(email, PASSWORD))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("userId").asString());
    }

    protected JsonNode logIn(String email, String password) throws Exception {
        String body = postJson("/identity/token", Map.of("email", email, "password", password))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    protected JsonNode refresh(String refreshToken) throws Exception {
        String body = postJson("/identity/token/refresh", Map.of("refresh_token", refreshToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    /** A registered user given the admin role directly in the database, logged in: the admin's access token. */
    protected String adminToken() throws Exception {
        String email = uniqueEmail();
        UUID id = register(email);
        jdbc.update("insert into user_roles (user_id, role) values (?, 'admin')", id);
        return logIn(email, PASSWORD).get("access_token").asString();
    }

    protected String candidateToken() throws Exception {
        String email = uniqueEmail();
        register(email);
        return logIn(email, PASSWORD).get("access_token").asString();
    }
}
