package com.excelmedical.staffing.gateway.routing;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceTimeoutsTest {

    private final ServiceTimeouts timeouts = new ServiceTimeouts(new GatewayProperties(Map.of(
            "jobs", new GatewayProperties.Area(URI.create("http://jobs:8082"), Duration.ofSeconds(1), null),
            "candidates", new GatewayProperties.Area(URI.create("https://Candidates.internal/"), Duration.ofSeconds(30), null),
            "content", new GatewayProperties.Area(URI.create("http://content:8085"), null, null)),
            Duration.ofSeconds(5), Duration.ofSeconds(2), DataSize.ofMegabytes(1), List.of()));

    @Test
    void aRequestGetsTheTimeoutOfTheAreaItsServiceBelongsTo() {
        assertThat(timeouts.timeoutFor("http://jobs:8082/jobs/specialties?page=1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(timeouts.timeoutFor("https://candidates.internal:443/candidates/me/resume")).isEqualTo(Duration.ofSeconds(30));
        assertThat(timeouts.timeoutFor("https://candidates.internal/candidates/me?x=1")).isEqualTo(Duration.ofSeconds(30));
        assertThat(timeouts.timeoutFor("http://JOBS:8082")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anAreaWithoutItsOwnTimeoutAndAnUnknownServiceGetTheDefault() {
        assertThat(timeouts.timeoutFor("http://content:8085/content/pages")).isEqualTo(Duration.ofSeconds(5));
        assertThat(timeouts.timeoutFor("http://elsewhere:9000/x")).isEqualTo(Duration.ofSeconds(5));
    }
}
