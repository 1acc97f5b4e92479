package com.excelmedical.staffing.gateway.routing;

import io.netty.channel.ChannelOption;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.http.client.HttpClient;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        properties.areas().forEach((area, service) -> origins(service.url())
                .forEach(origin -> byOrigin.put(origin, properties.timeoutOf(area))));
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

    /** {@code scheme://host[:port]} of a URL, lower-cased: string work only, as it runs for every request. */
    static String origin(String url) {
        int hostStart = url.indexOf("://");
        if (hostStart < 0) {
            return url;
        }
        int end = hostStart + 3;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return url.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** A service's origin as a request URL may spell it: with and, for the scheme's default port, without the port. */
    private static List<String> origins(URI service) {
        String scheme = service.getScheme().toLowerCase(Locale.ROOT);
        String host = service.getHost().toLowerCase(Locale.ROOT);
        int defaultPort = "https".equals(scheme) ? 443 : 80;
        int port = service.getPort() != -1 ? service.getPort() : defaultPort;
        String withPort = scheme + "://" + host + ":" + port;
        return port == defaultPort ? List.of(withPort, scheme + "://" + host) : List.of(withPort);
    }
}
