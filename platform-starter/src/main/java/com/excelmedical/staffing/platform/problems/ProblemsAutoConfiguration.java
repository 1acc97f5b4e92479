package com.excelmedical.staffing.platform.problems;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details for every error of a servlet service, from every layer: the handlers (the advice), the
 * filters and the container's error page ({@code /error}), and Tomcat's own refusals (its error report
 * valve). Query parameters with control characters and JSON strings with NUL are refused at the edge.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemsAutoConfiguration {

    /** After the request's observation starts (so problems carry its trace id), before security and MVC. */
    static final int GUARD_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

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

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(Problems problems) {
        return new ProblemErrorController(problems);
    }

    @Bean
    FilterRegistrationBean<RequestParameterGuard> requestParameterGuard(Problems problems, ObjectProvider<JsonMapper> json) {
        FilterRegistrationBean<RequestParameterGuard> registration =
                new FilterRegistrationBean<>(new RequestParameterGuard(problems, json.getIfAvailable()));
        registration.setOrder(GUARD_ORDER);
        return registration;
    }

    @Bean
    PlainTextStrings plainTextStrings() {
        return new PlainTextStrings();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatErrorReport {

        @Bean
        ProblemReportValveCustomizer problemReportValveCustomizer() {
            return new ProblemReportValveCustomizer();
        }
    }
}
