package com.excelmedical.staffing.gateway.routing;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import reactor.core.publisher.Flux;

/**
 * A request whose streamed body fails with {@link BodyTooLarge} as soon as it passes the limit. The
 * chunk that would pass it is released, not forwarded: the service never receives more than the limit.
 * Nothing is buffered; each chunk goes on as it arrives.
 */
final class CountedBody extends ServerHttpRequestDecorator {

    private final long limit;

    CountedBody(ServerHttpRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public Flux<DataBuffer> getBody() {
        long[] seen = {0};
        return super.getBody().handle((buffer, sink) -> {
            seen[0] += buffer.readableByteCount();
            if (seen[0] > limit) {
                DataBufferUtils.release(buffer);
                sink.error(new BodyTooLarge(limit));
            } else {
                sink.next(buffer);
            }
        });
    }
}
