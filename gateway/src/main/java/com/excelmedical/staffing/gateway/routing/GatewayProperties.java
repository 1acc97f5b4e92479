package com.excelmedical.staffing.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where each area's service lives and how long the gateway waits for it ({@code gateway.*}).
 *
 * @param areas          by area name ({@code identity}, {@code jobs}, ...): {@code /api/<area>/**} goes there
 * @param timeout        default time to wait for a service's response
 * @param connectTimeout time to wait for a connection to a service
 * @param maxRequestSize default largest request body (by {@code Content-Length})
 * @param corsAllowedOrigins frontend origins allowed to call the API from a browser
 */
@ConfigurationProperties("gateway")
public record GatewayProperties(
        Map<String, Area> areas,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue List<String> corsAllowedOrigins) {

    public GatewayProperties {
        areas = areas == null ? Map.of() : Map.copyOf(areas);
    }

    /**
     * One service.
     *
     * @param url            the service's base URL, for example {@code http://localhost:8082}
     * @param timeout        overrides the default response timeout
     * @param maxRequestSize overrides the default request size limit (larger for uploads)
     */
    public record Area(URI url, Duration timeout, DataSize maxRequestSize) {
    }

    public Duration timeoutOf(String area) {
        Area a = areas.get(area);
        return a != null && a.timeout() != null ? a.timeout() : timeout;
    }

    public DataSize maxRequestSizeOf(String area) {
        Area a = area == null ? null : areas.get(area);
        return a != null && a.maxRequestSize() != null ? a.maxRequestSize() : maxRequestSize;
    }
}
