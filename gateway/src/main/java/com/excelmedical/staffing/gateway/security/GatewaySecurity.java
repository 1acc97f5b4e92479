package com.excelmedical.staffing.gateway.security;

import com.excelmedical.staffing.gateway.web.ProblemResponses;
import com.excelmedical.staffing.gateway.routing.GatewayProperties;
import com.excelmedical.staffing.gateway.web.RouteList;
import com.excelmedical.staffing.platform.revocation.RevocationCheck;
import com.excelmedical.staffing.platform.revocation.RevocationList;
import com.excelmedical.staffing.platform.security.RolesConverter;
import com.excelmedical.staffing.platform.security.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The public port's protections, in this order: security headers on every answer, CORS for the
 * configured frontend origins (preflights answered here), then the token check. Spring Security's
 * reactive filter chain is not used (its auto-configuration is excluded in application.yml); the
 * token rules are the starter's decoder, then the starter's revocation list (a revoked token is a bad
 * token: 401). See ADR 0006 and 0009.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    @Bean
    SecurityHeaders securityHeaders() {
        return new SecurityHeaders();
    }

    @Bean
    TokenCheck tokenCheck(ReactiveJwtDecoder decoder, RevocationList revocations, SecurityProperties security,
                          ProblemResponses problems) {
        List<String> publicRoutes = new ArrayList<>(PublicRoutes.ALWAYS);
        publicRoutes.addAll(security.publicRoutes());
        ReactiveJwtDecoder checked = token -> decoder.decode(token).map(jwt -> RevocationCheck.verify(revocations, jwt));
        return new TokenCheck(checked, RolesConverter.jwtAuthenticationConverter(), RouteList.parse(publicRoutes), problems);
    }

    /** Browsers may call the API from the configured frontend origins only; other preflights get 403. */
    @Bean
    @Order(SecurityHeaders.ORDER + 10)
    CorsWebFilter corsWebFilter(GatewayProperties properties) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(properties.corsAllowedOrigins());
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        config.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, "Idempotency-Key",
                "X-Request-Id", "traceparent", "tracestate"));
        config.setExposedHeaders(List.of("X-Request-Id", "traceparent", HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION,
                "X-RateLimit-Remaining", "X-RateLimit-Limit"));
        config.setAllowCredentials(false);
        config.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", config);
        return new CorsWebFilter(source);
    }
}
