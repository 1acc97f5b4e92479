package com.excelmedical.staffing.platform.security;

import com.excelmedical.staffing.platform.test.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private final MutableClock clock = new MutableClock();
    private final List<String> checked = new ArrayList<>();
    /** Accepts tokens named "good-*", expiring 10 minutes after the clock's start; refuses the others. */
    private final Instant expiry = clock.instant().plus(Duration.ofMinutes(10));
    private final JwtDecoder decoder = token -> {
        checked.add(token);
        if (!token.startsWith("good")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("s").expiresAt(expiry).build();
    };

    @Test
    void aTokenVerifiedOnceIsNotCheckedAgainWithinTheTime() {
        JwtDecoder remembering = VerifiedTokens.remembering(decoder, clock, Duration.ofSeconds(60), 100);

        Jwt first = remembering.decode("good-1");
        clock.advance(Duration.ofSeconds(59));
        Jwt again = remembering.decode("good-1");

        assertThat(again).isSameAs(first);
        assertThat(checked).containsExactly("good-1");
    }

    @Test
    void aTokenIsCheckedAgainOnceTheTimeHasPassed() {
        JwtDecoder remembering = VerifiedTokens.remembering(decoder, clock, Duration.ofSeconds(60), 100);

        remembering.decode("good-1");
        clock.advance(Duration.ofSeconds(60));
        remembering.decode("good-1");

        assertThat(checked).containsExactly("good-1", "good-1");
    }

    @Test
    void aTokenIsNeverTrustedPastItsExpiry() {
        JwtDecoder remembering = VerifiedTokens.remembering(decoder, clock, Duration.ofHours(1), 100);

        remembering.decode("good-1");
        clock.advance(Duration.ofMinutes(9));
        remembering.decode("good-1");
        clock.advance(Duration.ofMinutes(1));
        remembering.decode("good-1");

        assertThat(checked).containsExactly("good-1", "good-1");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        JwtDecoder remembering = VerifiedTokens.remembering(decoder, clock, Duration.ofSeconds(60), 100);

        assertThatThrownBy(() -> remembering.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> remembering.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(checked).containsExactly("forged", "forged");
    }

    @Test
    void atTheLimitTheRememberedTokensAreForgotten() {
        JwtDecoder remembering = VerifiedTokens.remembering(decoder, clock, Duration.ofSeconds(60), 2);

        remembering.decode("good-1");
        remembering.decode("good-2");
        remembering.decode("good-3");
        remembering.decode("good-1");
        remembering.decode("good-3");

        assertThat(checked).containsExactly("good-1", "good-2", "good-3", "good-1");
    }

    @Test
    void zeroMeansEveryTokenIsCheckedEveryTime() {
        assertThat(VerifiedTokens.remembering(decoder, clock, Duration.ZERO, 100)).isSameAs(decoder);
    }
}
