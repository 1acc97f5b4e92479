package com.excelmedical.staffing.candidates.jobs.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.UUID;

/**
 * svc-jobs' public reference data, each list whole in one page. Time limits:
 * {@code spring.cloud.openfeign.client.config.jobs-reference}; cached by {@code ReferenceData}.
 */
@FeignClient(name = "jobs-reference", url = "${candidates.jobs-client.url}")
public interface ReferenceClient {

    @GetMapping("/jobs/professions")
    Items<ProfessionView> professions();

    @GetMapping("/jobs/specialties")
    Items<SpecialtyView> specialties();

    @GetMapping("/jobs/certifications")
    Items<CertificationView> certifications();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Items<T>(List<T> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfessionView(UUID id, String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SpecialtyView(UUID id, UUID professionId, String code, String name, List<String> requiredCertifications) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CertificationView(UUID id, String code, String name) {
    }
}
