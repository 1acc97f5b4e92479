package com.excelmedical.staffing.content;

import com.excelmedical.staffing.devstack.test.UseDevStack;
import com.excelmedical.staffing.identity.events.IdentityTopics;
import com.excelmedical.staffing.jobs.events.JobsTopics;
import com.excelmedical.staffing.platform.test.TestTokens;
import com.excelmedical.staffing.platform.test.TopicWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

/**
 * svc-content on a real port against the MongoDB-compatible server and a real Kafka broker; every subclass
 * shares this one Spring context. The topics it consumes exist before it starts, as they do in a deployment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@UseDevStack(mongo = "content", kafka = true)
public abstract class ContentIT {

    protected static final TestTokens TOKENS = TestTokens.shared();
    protected static final UUID EDITOR = UUID.randomUUID();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected MongoTemplate mongo;

    @DynamicPropertySource
    static void tokensAndTopics(DynamicPropertyRegistry registry) throws Exception {
        registry.add("staffing.security.jwk-set-uri", TOKENS::jwkSetUri);
        for (String topic : new String[]{JobsTopics.JOBS, IdentityTopics.USERS}) {
            TopicWriter.to(topic, 3).close();
        }
    }

    protected static String editor() {
        return bearer(EDITOR, "editor");
    }

    protected static String bearer(UUID userId, String... roles) {
        return "Bearer " + TOKENS.forUser(userId, roles);
    }

    protected static String unique() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
