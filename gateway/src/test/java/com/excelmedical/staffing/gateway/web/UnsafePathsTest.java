package com.excelmedical.staffing.gateway.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnsafePathsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/jobs/x/../actuator", "/api/jobs/x/..", "/..", "..", "/api/./jobs", "/api/jobs/.",
            "/api/jobs/%2e%2e/x", "/api/jobs/%2E%2e/x", "/api/jobs/.%2E/x", "/api/jobs/%2e/x",
            "/api/jobs/..;/x", "/api/jobs/..;a=b/x", "/api/jobs/.;/x", "/api/jobs/%2e%2e;x",
            "/api/jobs/a%2fb", "/api/jobs/a%2Fb", "/api/jobs/a%5cb", "/api/jobs/a%5Cb", "/api/jobs/a\\b"})
    void refuses(String rawPath) {
        assertThat(UnsafePaths.isUnsafe(rawPath)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/", "", "/api/jobs", "/api/jobs/", "/api/jobs//x", "/api/jobs/a.b", "/api/jobs/...", "/api/jobs/.x",
            "/api/jobs/x.", "/api/jobs/..x", "/api/jobs/a%2e%2eb", "/api/jobs/%252e%252e", "/api/jobs/x;a=..",
            "/api/jobs/%20", "/api/jobs/%", "/api/jobs/%2", "/api/jobs/%e2%82%ac"})
    void accepts(String rawPath) {
        assertThat(UnsafePaths.isUnsafe(rawPath)).isFalse();
    }
}
