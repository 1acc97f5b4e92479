package com.excelmedical.staffing.jobs.search.web;

import com.excelmedical.staffing.jobs.JobsProperties;
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

class SearchAdmissionTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SearchAdmission admission = new SearchAdmission(
            new JobsProperties(new JobsProperties.Search(1000, 1, Duration.ofMillis(100)), null, null, null, null, null),
            new Problems(new StaticListableBeanFactory().getBeanProvider(Tracer.class)), JsonMapper.builder().build(), registry);

    @Test
    void searchThatCannotStartInTimeIsRefusedWith503ProblemDetailsAndCounted() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> search((request, response) -> {
            running.countDown();
            await(release);
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = search((request, response) -> {
            throw new AssertionError("the second search must not run while the only permit is taken");
        });

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":503", "service-unavailable", "Search is busy");
        assertThat(registry.get("jobs.search.refused").counter().count()).isEqualTo(1.0);

        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        MockHttpServletResponse afterwards = search((request, response) -> ((MockHttpServletResponse) response).setStatus(200));
        assertThat(afterwards.getStatus()).isEqualTo(200);
    }

    @Test
    void otherRoutesAreNotAdmitted() {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/jobs");
        MockHttpServletRequest detail = new MockHttpServletRequest("GET", "/jobs/specialties");

        assertThat(admission.shouldNotFilter(post)).isTrue();
        assertThat(admission.shouldNotFilter(detail)).isTrue();
        assertThat(admission.shouldNotFilter(new MockHttpServletRequest("GET", "/jobs"))).isFalse();
    }

    private MockHttpServletResponse search(jakarta.servlet.FilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            admission.doFilter(new MockHttpServletRequest("GET", "/jobs"), response, chain);
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
