package com.excelmedical.staffing.referrals;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** The one test configuration of every integration test: the other services' producers. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

    @Bean(destroyMethod = "close")
    Producers producers(JsonMapper json) throws Exception {
        return new Producers(json);
    }
}
