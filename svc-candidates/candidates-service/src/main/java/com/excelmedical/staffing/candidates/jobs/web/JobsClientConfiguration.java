package com.excelmedical.staffing.candidates.jobs.web;

import feign.RequestInterceptor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Feign client of svc-jobs, and the caller's trace context carried on its requests (W3C {@code traceparent}). */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = {JobsClient.class, ReferenceClient.class})
class JobsClientConfiguration {

    @Bean
    RequestInterceptor traceContextInterceptor(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return template -> {
            Tracer current = tracer.getIfAvailable();
            Propagator inject = propagator.getIfAvailable();
            Span span = current == null ? null : current.currentSpan();
            if (span != null && inject != null) {
                inject.inject(span.context(), template, (carrier, key, value) -> carrier.header(key, value));
            }
        };
    }
}
