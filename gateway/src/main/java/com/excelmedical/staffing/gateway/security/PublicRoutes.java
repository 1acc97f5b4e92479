package com.excelmedical.staffing.gateway.security;

import java.util.List;

/** Routes every client may call without a token, besides {@code staffing.security.public-routes}. */
final class PublicRoutes {

    /** The gateway's own Swagger UI and its configuration; the services' documents are routed (see application.yml). */
    static final List<String> ALWAYS = List.of("GET /swagger-ui.html", "GET /swagger-ui/**", "GET /webjars/**",
            "GET /v3/api-docs/swagger-config");

    private PublicRoutes() {
    }
}
