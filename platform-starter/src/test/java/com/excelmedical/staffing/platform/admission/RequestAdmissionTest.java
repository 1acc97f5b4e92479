package com.excelmedical.staffing.platform.admission;

import com.excelmedical.staffing.platform.problems.Problems;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
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

class RequestAdmissionTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RequestAdmission admission = new RequestAdmission("things.search",
            request -> "GET".equals(request.getMethod()) && RequestAdmission.path(request).equals("/things"), 1,
            Duration.ofMillis(100), "Searching things is busy; try again in a moment",
            new Problems(new StaticListableBeanFactory().getBeanProvider(Tracer.class)), JsonMapper.builder().build(), registry);

    @Test
    void aRequestThatCannotStartInTimeIsRefusedWith503ProblemDetailsAndCounted() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> get("/things", (request, response) -> {
            running.countDown();
            await(release);
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = get("/things", (request, response) -> {
            throw new AssertionError("the second request must not run while the only permit is taken");
        });

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":503", "service-unavailable", "Searching things is busy");
        assertThat(registry.get("things.search.refused").counter().count()).isEqualTo(1.0);

        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        MockHttpServletResponse afterwards = get("/things", (request, response) -> ((MockHttpServletResponse) response).setStatus(200));
        assertThat(afterwards.getStatus()).isEqualTo(200);
    }

    @Test
    void requestsTheServiceDidNotNamePassWithoutATurn() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> get("/things", (request, response) -> {
            running.countDown();
            await(release);
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse other = get("/things/7", (request, response) -> ((MockHttpServletResponse) response).setStatus(200));

        assertThat(other.getStatus()).isEqualTo(200);
        release.countDown();
        holding.get(5, TimeUnit.SECONDS);
    }

    private MockHttpServletResponse get(String path, FilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            admission.doFilter(new MockHttpServletRequest("GET", path), response, chain);
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
