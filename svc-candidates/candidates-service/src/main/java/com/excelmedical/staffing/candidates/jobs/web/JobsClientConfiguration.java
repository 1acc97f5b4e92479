package com.excelmedical.staffing.candidates.jobs.web;

import feign.RequestInterceptor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cloud.openfeign.FeignClientFactory;
import org.springframework.cloud.openfeign.support.FeignHttpMessageConverters;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

import java.util.List;
import java.util.function.Supplier;

/** The Feign client of svc-jobs, and the caller's trace context carried on its requests (W3C {@code traceparent}). */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = {JobsClient.class, ReferenceClient.class})
class JobsClientConfiguration {

    /** The names of the two clients' Feign contexts. */
    static final List<String> CLIENTS = List.of("jobs", "jobs-reference");

    /**
     * Builds each client's message converters before the server takes requests: spring-cloud-openfeign 5.0.2 builds
     * them on first use without a lock, so concurrent first calls could find the list still empty and fail to decode
     * the answer ("'messageConverters' must not be empty", a 500: spring-cloud-openfeign#1371, fixed in a later
     * release).
     */
    @Bean
    SmartInitializingSingleton feignConvertersBuiltEarly(FeignClientFactory clients) {
        return () -> CLIENTS.forEach(name -> clients.getInstance(name, FeignHttpMessageConverters.class).getConverters());
    }

    /** Tracer and propagator are looked up once, on the first call: a bean factory look-up per call was a measurable part of it. */
    @Bean
    RequestInterceptor traceContextInterceptor(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Supplier<Tracer> tracers = SingletonSupplier.ofNullable(tracer::getIfAvailable);
        Supplier<Propagator> propagators = SingletonSupplier.ofNullable(propagator::getIfAvailable);
        return template -> {
            Tracer current = tracers.get();
            Propagator inject = propagators.get();
            Span span = current == null ? null : current.currentSpan();
            if (span != null && inject != null) {
                inject.inject(span.context(), template, (carrier, key, value) -> carrier.header(key, value));
            }
        };
    }
}
