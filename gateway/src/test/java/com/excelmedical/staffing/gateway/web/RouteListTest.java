package com.excelmedical.staffing.gateway.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RouteListTest {

    private final RouteList routes = RouteList.parse(List.of(
            "GET /api/jobs", "GET /api/jobs/{jobId:[0-9a-fA-F-]+}", "/api/identity/token"));

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "GET, /api/jobs, true",
            "POST, /api/jobs, false",
            "GET, /api/jobs/3f1c2f6e-8f5b-4d5e-9a8e-0c1d2e3f4a5b, true",
            "GET, /api/jobs/alerts, false"})
    void matchesMethodAndPath(String method, String path, boolean expected) {
        assertThat(routes.matches(MockServerHttpRequest.method(HttpMethod.valueOf(method), path).build())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "POST, /api/identity/token, true",
            "DELETE, /api/identity/token, true",
            "POST, /api/identity/register, false"})
    void aRouteWithoutMethodMatchesEveryMethod(String method, String path, boolean expected) {
        assertThat(routes.matches(MockServerHttpRequest.method(HttpMethod.valueOf(method), path).build())).isEqualTo(expected);
    }
}
