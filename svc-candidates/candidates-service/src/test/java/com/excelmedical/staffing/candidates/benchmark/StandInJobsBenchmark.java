package com.excelmedical.staffing.candidates.benchmark;

import com.excelmedical.staffing.candidates.JobsStandIn;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A benchmark whose svc-jobs is the WireMock stand-in in this JVM: for requests that do not call svc-jobs while they
 * are measured (listing, matches, search), where it only serves the reference data read at start.
 */
abstract class StandInJobsBenchmark extends BenchmarkSupport {

    @DynamicPropertySource
    static void standIn(DynamicPropertyRegistry registry) {
        registry.add("candidates.jobs-client.url", JobsStandIn::url);
    }
}
