package com.excelmedical.staffing.candidates.jobs.web;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;

/**
 * svc-jobs' public {@code GET /jobs/{jobId}}, called anonymously: it answers active jobs and 404 for
 * any other. Time limits: {@code spring.cloud.openfeign.client.config.jobs}; guarded by {@code JobCatalog}.
 */
@FeignClient(name = "jobs", url = "${candidates.jobs-client.url}")
public interface JobsClient {

    @GetMapping("/jobs/{jobId}")
    JobView job(@PathVariable("jobId") UUID jobId);
}
