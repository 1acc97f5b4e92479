package com.excelmedical.staffing.content.web;

import com.excelmedical.staffing.content.ContentProperties;
import com.excelmedical.staffing.platform.admission.RequestAdmission;
import com.excelmedical.staffing.platform.problems.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Landing page requests take turns: at most {@code content.landing.concurrency} at once, the others wait in arrival
 * order for up to {@code content.landing.max-wait} (then 503, counted in {@code content.landing.refused}). A landing
 * request is CPU only (the page is in memory), so on a few cores taking turns keeps the tail close to the median.
 */
@Configuration(proxyBeanMethods = false)
class LandingAdmission {

    static final String PATH = "/content/landing/";

    static boolean isLanding(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && RequestAdmission.path(request).startsWith(PATH);
    }

    @Bean
    RequestAdmission landingAdmissionFilter(ContentProperties properties, Problems problems, JsonMapper json, MeterRegistry registry) {
        return new RequestAdmission("content.landing", LandingAdmission::isLanding, properties.landing().concurrency(),
                properties.landing().maxWait(), "Landing pages are busy; try again in a moment", problems, json, registry);
    }
}
