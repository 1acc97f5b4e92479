package com.excelmedical.staffing.candidates.applications.web;

import com.excelmedical.staffing.candidates.applications.ApplicationsProperties;
import com.excelmedical.staffing.platform.admission.RequestAdmission;
import com.excelmedical.staffing.platform.problems.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listings ({@code GET /candidates/applications}) take turns: at most {@code candidates.applications.listing.concurrency}
 * at once, the others wait in arrival order for up to {@code max-wait} (then 503, counted in
 * {@code candidates.listing.refused}). A listing is one short statement and the rest is CPU (security, MVC, JSON), so on
 * a few cores taking turns keeps the tail close to the median.
 */
@Configuration(proxyBeanMethods = false)
class ListingAdmission {

    static final String PATH = "/candidates/applications";

    static boolean isListing(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && PATH.equals(RequestAdmission.path(request));
    }

    @Bean
    RequestAdmission listingAdmissionFilter(ApplicationsProperties properties, Problems problems, JsonMapper json, MeterRegistry registry) {
        return new RequestAdmission("candidates.listing", ListingAdmission::isListing, properties.listing().concurrency(),
                properties.listing().maxWait(), "Listing applications is busy; try again in a moment", problems, json, registry);
    }
}
