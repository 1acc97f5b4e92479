package com.excelmedical.staffing.gateway.routing;

import io.netty.channel.ChannelOption;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.http.client.HttpClient;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Connect and response timeouts on the client that calls the services, per area. They are set on
 * Reactor Netty's client (the response timeout per request, chosen by the service the request goes
 * to), so they run as timers on the connection's own event loop. The gateway's route metadata
 * timeouts would instead schedule a Reactor timer on another thread for every request, which cost a
 * measurable share of the gateway's CPU on small machines (ADR 0006). A response that does not start
 * within the area's timeout fails with Netty's {@code ReadTimeoutException}: 503 for that area.
 */
@Component
class ServiceTimeouts implements HttpClientCustomizer {

    private final Map<String, Duration> byOrigin = new HashMap<>();
    private final Duration fallback;
    private final int connectTimeoutMillis;

    ServiceTimeouts(GatewayProperties properties) {
        properties.areas().forEach((area, service) -> byOrigin.put(origin(service.url().toString()), properties.timeoutOf(area)));
        this.fallback = properties.timeout();
        this.connectTimeoutMillis = Math.toIntExact(properties.connectTimeout().toMillis());
    }

    @Override
    public HttpClient customize(HttpClient client) {
        return client.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis)
                .doOnRequest((request, connection) -> request.responseTimeout(timeoutFor(request.resourceUrl())));
    }

    /** The timeout of the area whose service the URL points at (scheme, host and port). */
    Duration timeoutFor(String url) {
        Duration timeout = url == null ? null : byOrigin.get(origin(url));
        return timeout != null ? timeout : fallback;
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }
}
