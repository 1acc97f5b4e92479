package com.excelmedical.staffing.gateway.problems;

import com.excelmedical.staffing.platform.problems.Problems;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The starter's problem builder; its auto-configuration only switches on for servlet services. */
@Configuration(proxyBeanMethods = false)
class ProblemsConfiguration {

    @Bean
    Problems problems(ObjectProvider<Tracer> tracer) {
        return new Problems(tracer);
    }
}
