package com.excelmedical.staffing.gateway.routing;

import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.time.Duration;

/**
 * Two routes per area: {@code /api/<area>/**} to the service's {@code /<area>/**}, and
 * {@code /api/<area>/v3/api-docs} to the service's OpenAPI document (for the gateway's Swagger UI).
 * Each runs through the area's circuit breaker; GETs are retried when the connection fails, nothing
 * else is. The area's timeouts are set on the HTTP client ({@link ServiceTimeouts}).
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    @Bean
    RouteLocator areaRoutes(RouteLocatorBuilder builder, GatewayProperties properties, ApiDocsServers apiDocsServers) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.areas().forEach((area, service) -> {
            String prefix = "/api/" + area;
            routes.route(area + "-api-docs", r -> r.order(-1)
                    .path(prefix + "/v3/api-docs", prefix + "/v3/api-docs/**")
                    .filters(f -> resilient(f.rewritePath(prefix + "/(?<rest>.*)", "/${rest}")
                            .modifyResponseBody(String.class, String.class, apiDocsServers), area))
                    .metadata(Areas.METADATA_KEY, area)
                    .uri(service.url()));
            routes.route(area, r -> r
                    .path(prefix, prefix + "/**")
                    .filters(f -> resilient(f.rewritePath("/api/(?<rest>.*)", "/${rest}"), area))
                    .metadata(Areas.METADATA_KEY, area)
                    .uri(service.url()));
        });
        return routes.build();
    }

    /** The breaker wraps the retries: a GET that fails three times counts once. */
    private static GatewayFilterSpec resilient(GatewayFilterSpec filters, String area) {
        return filters
                .circuitBreaker(breaker -> breaker.setName(area))
                .retry(retry -> retry
                        .setRetries(2)
                        .setMethods(HttpMethod.GET)
                        .setSeries()
                        .setStatuses(HttpStatus.BAD_GATEWAY)
                        .setExceptions(IOException.class)
                        .setBackoff(new RetryGatewayFilterFactory.BackoffConfig(
                                Duration.ofMillis(20), Duration.ofMillis(200), 2, true)));
    }
}
