package com.excelmedical.staffing.content.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Conditional GETs: each public read says its entity tag and how long shared caches may keep it; a request
 * whose {@code If-None-Match} names the current tag gets 304 without the body being built at all.
 */
public final class HttpCaching {

    private HttpCaching() {
    }

    /**
     * @param shared whether shared caches may keep the answer (public reads); otherwise it is private to the caller
     */
    public static <T> ResponseEntity<T> conditional(String ifNoneMatch, String etag, boolean shared, Duration maxAge,
                                                    Supplier<T> body) {
        CacheControl cacheControl = shared ? CacheControl.maxAge(maxAge).cachePublic() : CacheControl.noCache().cachePrivate();
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cacheControl).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cacheControl).body(body.get());
    }

    /** The same for a body already serialized: its bytes go out as they are, as {@code contentType}. */
    public static ResponseEntity<byte[]> conditional(String ifNoneMatch, String etag, boolean shared, Duration maxAge,
                                                     MediaType contentType, Supplier<byte[]> body) {
        ResponseEntity<byte[]> answer = conditional(ifNoneMatch, etag, shared, maxAge, body);
        return answer.getStatusCode() == HttpStatus.OK
                ? ResponseEntity.ok().headers(answer.getHeaders()).contentType(contentType).body(answer.getBody()) : answer;
    }

    /** RFC 9110 weak comparison: {@code *}, or any listed tag equal to ours once a {@code W/} prefix is ignored. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String ours = strip(etag);
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || strip(tag).equals(ours));
    }

    private static String strip(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
