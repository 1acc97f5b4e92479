package com.excelmedical.staffing.platform.security;

import org.junit.jupiter.api.Test;
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

    @Test
    void routeWithMethodMatchesOnlyThatMethod() {
        assertThat(matches("GET /jobs/**", "GET", "/jobs/123")).isTrue();
        assertThat(matches("GET /jobs/**", "POST", "/jobs")).isFalse();
        assertThat(matches("get /jobs/**", "GET", "/jobs")).isTrue();
    }

    @Test
    void routeWithoutMethodMatchesEveryMethod() {
        assertThat(matches("/identity/register", "POST", "/identity/register")).isTrue();
        assertThat(matches("/identity/register", "GET", "/identity/register")).isTrue();
        assertThat(matches("/identity/register", "POST", "/identity/token")).isFalse();
    }

    @Test
    void refusesAnEntryItCannotRead() {
        assertThatThrownBy(() -> PublicRoutes.matcher("GET /a /b")).isInstanceOf(IllegalStateException.class);
    }
}
