package com.excelmedical.staffing.jobs.search.web;

import com.excelmedical.staffing.jobs.JobsProperties;
import com.excelmedical.staffing.platform.admission.RequestAdmission;
import com.excelmedical.staffing.platform.problems.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Searches ({@code GET /jobs}) take turns: at most {@code jobs.search.concurrency} at once, the others wait in
 * arrival order for up to {@code jobs.search.max-wait} (then 503, counted in {@code jobs.search.refused}). A search
 * is CPU-bound (security, binding, SQL, JSON), so on a few cores taking turns keeps the tail close to the median.
 */
@Configuration(proxyBeanMethods = false)
class SearchAdmission {

    static boolean isSearch(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && "/jobs".equals(RequestAdmission.path(request));
    }

    @Bean
    RequestAdmission searchAdmissionFilter(JobsProperties properties, Problems problems, JsonMapper json, MeterRegistry registry) {
        return new RequestAdmission("jobs.search", SearchAdmission::isSearch, properties.search().concurrency(),
                properties.search().maxWait(), "Search is busy; try again in a moment", problems, json, registry);
    }
}
