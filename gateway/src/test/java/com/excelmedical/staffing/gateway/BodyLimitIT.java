package com.excelmedical.staffing.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies sent without a length ({@code Transfer-Encoding: chunked}) are counted as they stream: over
 * the limit (10 KB in the test profile) the client gets 413 and the service never more than the limit.
 */
class BodyLimitIT extends GatewayIT {

    private static final long LIMIT = 10 * 1024;
    private static final int CHUNK = 1024;

    record Answer(int status, String contentType, String body) {
    }

    @Test
    void aChunkedBodyOverTheLimitGets413AndTheServiceNeverSeesMoreThanTheLimit() {
        String requestId = UUID.randomUUID().toString();
        Answer answer = postChunked(someClientIp(), "/api/jobs/uploads", bearer(), requestId, 10 * 1024);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"status\":413", "payload-too-large", "larger than " + LIMIT + " bytes");
        assertThat(received(service("jobs"), requestId)).isLessThanOrEqualTo(LIMIT);
    }

    @Test
    void anAnonymousChunkedBodyOnAPublicRouteIsLimitedToo() {
        String requestId = UUID.randomUUID().toString();
        Answer answer = postChunked(someClientIp(), "/api/identity/register", null, requestId, 10 * 1024);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(received(service("identity"), requestId)).isLessThanOrEqualTo(LIMIT);
    }

    @Test
    void aChunkedBodyUnderTheLimitPassesIntact() {
        String requestId = UUID.randomUUID().toString();
        Answer answer = postChunked(someClientIp(), "/api/jobs/uploads", bearer(), requestId, 8);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"bodyLength\":" + 8 * CHUNK);
        assertThat(received(service("jobs"), requestId)).isEqualTo(8L * CHUNK);
    }

    @Test
    void refusedBodiesDoNotOpenTheAreasBreaker() {
        for (int i = 0; i < 12; i++) {
            assertThat(postChunked(someClientIp(), "/api/referrals/uploads", bearer(), UUID.randomUUID().toString(), 64)
                    .status()).isEqualTo(413);
        }
        client().get().uri("/api/referrals/things").header("Authorization", bearer()).exchange()
                .expectStatus().isOk();
    }

    /** {@code chunks} chunks of 1 KB, streamed without a {@code Content-Length}. */
    private Answer postChunked(String ip, String path, String bearer, String requestId, int chunks) {
        Flux<ByteBuf> body = Flux.range(0, chunks).map(i -> Unpooled.wrappedBuffer(new byte[CHUNK]));
        return from(ip)
                .headers(headers -> {
                    headers.set("X-Request-Id", requestId).set("Content-Type", "application/octet-stream");
                    if (bearer != null) {
                        headers.set("Authorization", bearer);
                    }
                })
                .post().uri(path).send(body)
                .responseSingle((response, content) -> content.asString().defaultIfEmpty("")
                        .map(text -> new Answer(response.status().code(),
                                response.responseHeaders().get("Content-Type"), text)))
                .switchIfEmpty(Mono.error(new AssertionError("no answer")))
                .block();
    }

    private static long received(StandIn service, String requestId) {
        AtomicLong bytes = service.bodyBytes.get(requestId);
        return bytes == null ? 0 : bytes.get();
    }
}
