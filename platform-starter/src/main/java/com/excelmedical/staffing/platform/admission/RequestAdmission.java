package com.excelmedical.staffing.platform.admission;

import com.excelmedical.staffing.platform.problems.ProblemType;
import com.excelmedical.staffing.platform.problems.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Lets at most {@code concurrency} of the requests a service names run at once; the others wait in arrival order.
 * For requests that are CPU only (a search, a page kept in memory): with many at once on a few cores each is
 * stretched and the unluckiest most; taking turns keeps the tail close to the median. Ordered after the request
 * observation, so that the measured time includes the wait. A request that cannot start within {@code maxWait} is
 * refused (503 problem details, {@code Retry-After: 1}) rather than queued without bound, and counted in
 * {@code <name>.refused}. A service declares one as a bean per kind of request it admits.
 */
public class RequestAdmission extends OncePerRequestFilter implements Ordered {

    private final Predicate<HttpServletRequest> admitted;
    private final Semaphore permits;
    private final Duration maxWait;
    private final String busy;
    private final Problems problems;
    private final JsonMapper json;
    private final Counter refused;

    /**
     * @param name     the metric's prefix, for example {@code jobs.search}
     * @param admitted which requests take turns (the others pass untouched)
     * @param busy     the problem's detail when a request is refused
     */
    public RequestAdmission(String name, Predicate<HttpServletRequest> admitted, int concurrency, Duration maxWait,
                            String busy, Problems problems, JsonMapper json, MeterRegistry registry) {
        this.admitted = admitted;
        this.permits = new Semaphore(concurrency, true);
        this.maxWait = maxWait;
        this.busy = busy;
        this.problems = problems;
        this.json = json;
        this.refused = Counter.builder(name + ".refused")
                .description("Requests refused with 503 because none could start within the admission's longest wait")
                .register(registry);
    }

    /** The request's path without the context path, for the services' predicates. */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !admitted.test(request);
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
            throw new ServletException("interrupted while waiting for a turn", e);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        refused.increment();
        ProblemDetail problem = problems.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.UNAVAILABLE, busy, List.of());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.body(problem));
    }
}
