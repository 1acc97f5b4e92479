package com.excelmedical.staffing.gateway;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server standing in for one service: echoes what it received as JSON (and counts the
 * body bytes it received per request id), serves an
 * OpenAPI document, never answers {@code /<area>/hang}, and in {@link Mode#DROP} closes every
 * connection without answering (a crashing service), and in {@link Mode#RESET} closes it as soon as the request
 * line arrives, while the gateway is still sending the body (a service that dies mid-request).
 */
final class StandIn {

    enum Mode { ANSWER, DROP, RESET }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String area;
    final AtomicInteger hits = new AtomicInteger();
    final AtomicReference<Mode> mode = new AtomicReference<>(Mode.ANSWER);
    /** Body bytes received, by the request's {@code X-Request-Id}. */
    final Map<String, AtomicLong> bodyBytes = new ConcurrentHashMap<>();
    private final DisposableServer server;

    StandIn(String area) {
        this.area = area;
        this.server = HttpServer.create().host("127.0.0.1").port(0).handle(this::handle).bindNow();
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        hits.incrementAndGet();
        if (mode.get() == Mode.RESET) {
            // SO_LINGER 0 makes the close a TCP reset, as when a process dies with unread input
            response.withConnection(connection -> {
                connection.channel().config().setOption(io.netty.channel.ChannelOption.SO_LINGER, 0);
                connection.channel().close();
            });
            return Mono.never();
        }
        if (mode.get() == Mode.DROP) {
            // read the request, then close the socket without answering: a service that dies before its
            // answer (RESET is the other case: the service goes away while the body is still being sent)
            return request.receive().then(Mono.defer(() -> {
                response.withConnection(connection -> connection.channel().close());
                return Mono.<Void>never();
            }));
        }
        if (request.path().equals(area + "/hang")) {
            return Mono.never();
        }
        if (request.uri().startsWith("/v3/api-docs")) {
            String doc = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + area + "\",\"version\":\"1\"},"
                    + "\"servers\":[{\"url\":\"http://" + area + ":8080\"}],\"paths\":{}}";
            return response.header("Content-Type", "application/json").sendString(Mono.just(doc)).then();
        }
        String requestId = request.requestHeaders().get("X-Request-Id");
        AtomicLong received = requestId == null ? new AtomicLong() : bodyBytes.computeIfAbsent(requestId, id -> new AtomicLong());
        return request.receive().doOnNext(buffer -> received.addAndGet(buffer.readableBytes())).then(Mono.defer(() -> {
            Map<String, Object> echo = new LinkedHashMap<>();
            echo.put("area", area);
            echo.put("method", request.method().name());
            echo.put("uri", request.uri());
            echo.put("authorization", request.requestHeaders().get("Authorization"));
            echo.put("requestId", request.requestHeaders().get("X-Request-Id"));
            echo.put("traceparent", request.requestHeaders().get("traceparent"));
            echo.put("forwardedFor", request.requestHeaders().getAll("X-Forwarded-For"));
            echo.put("forwardedProto", request.requestHeaders().getAll("X-Forwarded-Proto"));
            echo.put("forwarded", request.requestHeaders().getAll("Forwarded"));
            echo.put("forwardedHost", request.requestHeaders().getAll("X-Forwarded-Host"));
            echo.put("bodyLength", received.get());
            return response.header("Content-Type", "application/json")
                    .sendString(Mono.just(JSON.writeValueAsString(echo))).then();
        }));
    }
}
