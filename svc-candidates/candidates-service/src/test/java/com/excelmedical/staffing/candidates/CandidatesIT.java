package com.excelmedical.staffing.candidates;

import com.excelmedical.staffing.devstack.test.UseDevStack;
import com.excelmedical.staffing.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

/** svc-candidates on a real port against real PostgreSQL and Kafka; every subclass shares this one Spring context. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@UseDevStack(postgres = "candidates", kafka = true)
public abstract class CandidatesIT {

    protected static final TestTokens TOKENS = TestTokens.shared();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("staffing.security.jwk-set-uri", TOKENS::jwkSetUri);
        registry.add("candidates.jobs-client.url", JobsStandIn::url);
    }

    protected static String bearer(UUID userId, String... roles) {
        return "Bearer " + TOKENS.forUser(userId, roles);
    }

    protected static String unique() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
