package com.excelmedical.staffing.content.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class HttpCachingTest {

    @Test
    void matchingTagIsNotModifiedWithoutBuildingTheBody() {
        AtomicInteger built = new AtomicInteger();
        ResponseEntity<String> answer = HttpCaching.conditional("\"other\", W/\"v1\"", "\"v1\"", true, Duration.ofMinutes(5),
                () -> "body" + built.incrementAndGet());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(answer.getBody()).isNull();
        assertThat(built).hasValue(0);
        assertThat(answer.getHeaders().getETag()).isEqualTo("\"v1\"");
        assertThat(answer.getHeaders().getCacheControl()).isEqualTo("max-age=300, public");
    }

    @Test
    void otherTagsGetTheBody() {
        ResponseEntity<String> answer = HttpCaching.conditional("\"v0\"", "\"v1\"", false, Duration.ofMinutes(5), () -> "body");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).isEqualTo("body");
        assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-cache, private");
    }

    @Test
    void weakComparisonAndWildcard() {
        assertThat(HttpCaching.matches("*", "\"a\"")).isTrue();
        assertThat(HttpCaching.matches("W/\"a\"", "\"a\"")).isTrue();
        assertThat(HttpCaching.matches(null, "\"a\"")).isFalse();
        assertThat(HttpCaching.matches("\"b\"", "\"a\"")).isFalse();
    }
}
