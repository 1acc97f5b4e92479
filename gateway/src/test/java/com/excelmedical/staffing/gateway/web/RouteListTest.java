package com.excelmedical.staffing.gateway.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RouteListTest {

    private final RouteList routes = RouteList.parse(List.of(
            "GET /api/jobs", "GET /api/jobs/{jobId:[0-9a-fA-F-]+}", "/api/identity/token"));

    @Test
    void matchesMethodAndPath() {
        assertThat(routes.matches(MockServerHttpRequest.get("/api/jobs").build())).isTrue();
        assertThat(routes.matches(MockServerHttpRequest.post("/api/jobs").build())).isFalse();
        assertThat(routes.matches(MockServerHttpRequest.get("/api/jobs/3f1c2f6e-8f5b-4d5e-9a8e-0c1d2e3f4a5b").build())).isTrue();
        assertThat(routes.matches(MockServerHttpRequest.get("/api/jobs/alerts").build())).isFalse();
    }

    @Test
    void aRouteWithoutMethodMatchesEveryMethod() {
        assertThat(routes.matches(MockServerHttpRequest.method(HttpMethod.POST, "/api/identity/token").build())).isTrue();
        assertThat(routes.matches(MockServerHttpRequest.method(HttpMethod.DELETE, "/api/identity/token").build())).isTrue();
        assertThat(routes.matches(MockServerHttpRequest.post("/api/identity/register").build())).isFalse();
    }
}
