package com.excelmedical.staffing.jobs.search.web;

import com.excelmedical.staffing.jobs.JobsProperties;
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
 * Lets at most {@code jobs.search.concurrency} searches ({@code GET /jobs}) run at once; the others wait
 * in arrival order. A search is CPU-bound (security, binding, SQL, JSON), so with many at once on a few
 * cores every one of them is stretched and the slowest are stretched most; taking turns keeps the tail
 * close to the median. Placed after the request observation, so that the measured time includes the wait.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class SearchAdmission extends OncePerRequestFilter {

    private final Semaphore permits;
    private final Duration maxWait;
    private final Problems problems;
    private final JsonMapper json;
    private final Counter refused;

    SearchAdmission(JobsProperties properties, Problems problems, JsonMapper json, MeterRegistry registry) {
        this.permits = new Semaphore(properties.search().concurrency(), true);
        this.maxWait = properties.search().maxWait();
        this.problems = problems;
        this.json = json;
        this.refused = Counter.builder("jobs.search.refused")
                .description("Searches refused with 503 because none could start within jobs.search.max-wait")
                .register(registry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !"/jobs".equals(request.getRequestURI().substring(request.getContextPath().length()));
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
            throw new ServletException("interrupted while waiting to search", e);
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
                "Search is busy; try again in a moment", List.of());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.body(problem));
    }
}
