package com.excelmedical.staffing.identity.support;

import com.excelmedical.staffing.platform.test.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The one test configuration of every integration test: a clock tests move, and the mails kept. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    @Primary
    RecordingMailSender recordingMailSender() {
        return new RecordingMailSender();
    }
}
