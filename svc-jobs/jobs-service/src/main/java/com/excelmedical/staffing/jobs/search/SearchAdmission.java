package com.excelmedical.staffing.jobs.search;

import com.excelmedical.staffing.jobs.JobsProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.Semaphore;

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

    SearchAdmission(JobsProperties properties) {
        this.permits = new Semaphore(properties.search().concurrency(), true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !"/jobs".equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            permits.acquire();
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
}
