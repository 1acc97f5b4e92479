package com.excelmedical.staffing.platform.problems;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Problem details for every error of a servlet service. */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Problems problems(ObjectProvider<Tracer> tracer) {
        return new Problems(tracer);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice(Problems problems) {
        return new ProblemDetailsAdvice(problems);
    }
}
