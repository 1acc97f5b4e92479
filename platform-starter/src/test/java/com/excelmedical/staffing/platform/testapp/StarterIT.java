package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.devstack.test.UseDevStack;
import com.excelmedical.staffing.platform.test.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The starter's test service against real PostgreSQL and Kafka. Every subclass shares one Spring
 * context (same configuration) and the JVM's one devstack.
 */
@SpringBootTest(classes = TestApplication.class)
@AutoConfigureMockMvc
@UseDevStack(postgres = "starter", kafka = true)
public abstract class StarterIT {

    protected static final TestTokens TOKENS = TestTokens.shared();

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("staffing.security.jwk-set-uri", TOKENS::jwkSetUri);
    }
}
