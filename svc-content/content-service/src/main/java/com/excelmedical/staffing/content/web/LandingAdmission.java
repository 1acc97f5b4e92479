package com.excelmedical.staffing.content.web;

import com.excelmedical.staffing.content.ContentProperties;
import com.excelmedical.staffing.platform.problems.ProblemType;
import com.excelmedical.staffing.platform.problems.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets at most {@code content.landing.concurrency} landing page requests run at once; the others wait in arrival
 * order. A landing request is CPU only (the page is in memory): with many at once on a few cores each is
 * stretched and the unluckiest most; taking turns keeps the tail close to the median. Placed after the request
 * observation, so that the measured time includes the wait; under overload a request is refused (503,
 * {@code Retry-After}) after {@code content.landing.max-wait} rather than queued without bound.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class LandingAdmission extends OncePerRequestFilter {

    static final String PATH = "/content/landing/";

    private final Semaphore permits;
    private final Duration maxWait;
    private final Problems problems;
    private final JsonMapper json;
    private final Counter refused;

    LandingAdmission(ContentProperties properties, Problems problems, JsonMapper json, MeterRegistry registry) {
        this.permits = new Semaphore(properties.landing().concurrency(), true);
        this.maxWait = properties.landing().maxWait();
        this.problems = problems;
        this.json = json;
        this.refused = Counter.builder("content.landing.refused")
                .description("Landing page requests refused with 503 because none could start within content.landing.max-wait")
                .register(registry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !request.getRequestURI().startsWith(PATH, request.getContextPath().length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            if (!permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                refuse(response);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while waiting for a landing page", e);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        refused.increment();
        ProblemDetail problem = problems.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.UNAVAILABLE,
                "Landing pages are busy; try again in a moment", List.of());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.body(problem));
    }
}
