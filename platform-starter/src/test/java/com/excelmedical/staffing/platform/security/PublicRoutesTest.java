package com.excelmedical.staffing.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicRoutesTest {

    private static boolean matches(String route, String method, String path) {
        RequestMatcher matcher = PublicRoutes.matcher(route);
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        return matcher.matches(request);
    }

    @ParameterizedTest(name = "{0} matches {1} {2}: {3}")
    @CsvSource({
            "GET /jobs/**, GET, /jobs/123, true",
            "GET /jobs/**, POST, /jobs, false",
            "get /jobs/**, GET, /jobs, true"})
    void routeWithMethodMatchesOnlyThatMethod(String route, String method, String path, boolean expected) {
        assertThat(matches(route, method, path)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} matches {1} {2}: {3}")
    @CsvSource({
            "/identity/register, POST, /identity/register, true",
            "/identity/register, GET, /identity/register, true",
            "/identity/register, POST, /identity/token, false"})
    void routeWithoutMethodMatchesEveryMethod(String route, String method, String path, boolean expected) {
        assertThat(matches(route, method, path)).isEqualTo(expected);
    }

    @Test
    void refusesAnEntryItCannotRead() {
        assertThatThrownBy(() -> PublicRoutes.matcher("GET /a /b")).isInstanceOf(IllegalStateException.class);
    }
}
