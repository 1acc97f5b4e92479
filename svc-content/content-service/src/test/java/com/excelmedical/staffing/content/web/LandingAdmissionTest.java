package com.excelmedical.staffing.content.web;

import com.excelmedical.staffing.content.ContentProperties;
import com.excelmedical.staffing.platform.problems.Problems;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LandingAdmissionTest {

    private static final String PAGE = "/content/landing/icu/TX/austin";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LandingAdmission admission = new LandingAdmission(
            new ContentProperties(null, null, new ContentProperties.Landing(5, 10, Duration.ofSeconds(1), 1, Duration.ofMillis(100)), null),
            new Problems(new StaticListableBeanFactory().getBeanProvider(Tracer.class)), JsonMapper.builder().build(), registry);

    @Test
    void aRequestThatCannotStartInTimeIsRefusedWith503ProblemDetailsAndCounted() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> landing((request, response) -> {
            running.countDown();
            await(release);
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = landing((request, response) -> {
            throw new AssertionError("the second request must not run while the only permit is taken");
        });

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":503", "service-unavailable", "Landing pages are busy");
        assertThat(registry.get("content.landing.refused").counter().count()).isEqualTo(1.0);

        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        MockHttpServletResponse afterwards = landing((request, response) -> ((MockHttpServletResponse) response).setStatus(200));
        assertThat(afterwards.getStatus()).isEqualTo(200);
    }

    @Test
    void otherRoutesAreNotAdmitted() {
        assertThat(admission.shouldNotFilter(new MockHttpServletRequest("PUT", PAGE))).isTrue();
        assertThat(admission.shouldNotFilter(new MockHttpServletRequest("GET", "/content/pages"))).isTrue();
        assertThat(admission.shouldNotFilter(new MockHttpServletRequest("GET", PAGE))).isFalse();
    }

    private MockHttpServletResponse landing(jakarta.servlet.FilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            admission.doFilter(new MockHttpServletRequest("GET", PAGE), response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
