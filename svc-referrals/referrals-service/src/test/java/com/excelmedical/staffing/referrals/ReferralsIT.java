package com.excelmedical.staffing.referrals;

import com.excelmedical.staffing.devstack.test.UseDevStack;
import com.excelmedical.staffing.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.awaitility.Awaitility.await;

/**
 * svc-referrals on a real port against real PostgreSQL and Kafka; every subclass shares this one Spring
 * context. Other services' events are played with {@link Producers}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@UseDevStack(postgres = "referrals", kafka = true)
@Import(TestSupport.class)
public abstract class ReferralsIT {

    protected static final TestTokens TOKENS = TestTokens.shared();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected Producers producers;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("staffing.security.jwk-set-uri", TOKENS::jwkSetUri);
    }

    protected static String bearer(UUID userId, String... roles) {
        return "Bearer " + TOKENS.forUser(userId, roles.length == 0 ? new String[] {"candidate"} : roles);
    }

    protected static String uniqueEmail() {
        return "friend-" + UUID.randomUUID() + "@example.com";
    }

    protected ResultActions getAs(UUID user, String path, String... roles) throws Exception {
        return mvc.perform(get(path).header("Authorization", bearer(user, roles)));
    }

    protected ResultActions postAs(UUID user, String path, String body, String... roles) throws Exception {
        return mvc.perform(post(path).header("Authorization", bearer(user, roles))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /**
     * A referred candidate placed in a travel job of {@code specialty}: the referrer's pending reward, once
     * the events have been processed.
     */
    protected UUID aPlacement(UUID referrer, UUID specialty) throws Exception {
        UUID candidate = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        producers.sendAll(Producers.jobPublished(job, specialty, "travel"), Producers.registered(candidate, uniqueEmail(), codeOf(referrer)),
                Producers.placed(UUID.randomUUID(), job, candidate));
        await().until(() -> jdbc.queryForList("select id from referral_rewards where referrer_id = ? and job_id = ?", UUID.class,
                referrer, job).size() == 1);
        return jdbc.queryForObject("select id from referral_rewards where referrer_id = ? and job_id = ?", UUID.class, referrer, job);
    }

    /** Sets the bonus policy of a specialty (as an admin). */
    protected void policy(UUID specialty, String amount, int qualifyingDays) throws Exception {
        mvc.perform(put("/referrals/bonus-policies").header("Authorization", bearer(UUID.randomUUID(), "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"specialtyId\": \"%s\", \"amount\": %s, \"currency\": \"USD\", \"qualifyingDays\": %d}"
                                .formatted(specialty, amount, qualifyingDays)))
                .andExpect(status().isOk());
    }

    /** The caller's referral code (created on first call). */
    protected String codeOf(UUID user) throws Exception {
        return read(getAs(user, "/referrals/me/code")).get("code").asString();
    }
}
