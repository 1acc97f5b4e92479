package com.excelmedical.staffing.identity.session;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshRotationTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final Session session = Session.start(UUID.randomUUID(), T0, Duration.ofDays(30), "10.0.0.1", "test");

    @Test
    void aCurrentTokenRotatesAndIsUsedUp() {
        RefreshToken token = session.newRefreshToken("h1", T0);
        assertThat(session.refresh(token, T0.plusSeconds(60))).isEqualTo(RefreshOutcome.ROTATED);
        assertThat(token.usedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(session.isActiveAt(T0.plusSeconds(60))).isTrue();
    }

    @Test
    void aUsedTokenPresentedAgainRevokesTheSession() {
        RefreshToken first = session.newRefreshToken("h1", T0);
        session.refresh(first, T0);
        RefreshToken second = session.newRefreshToken("h2", T0);

        assertThat(session.refresh(first, T0.plusSeconds(5))).isEqualTo(RefreshOutcome.REUSED);
        assertThat(session.revokedReason()).isEqualTo(Session.REUSE_DETECTED);
        assertThat(session.refresh(second, T0.plusSeconds(6))).isEqualTo(RefreshOutcome.REVOKED);
    }

    @Test
    void refreshingNeverExtendsTheAbsoluteLifetime() {
        RefreshToken token = session.newRefreshToken("h1", T0.plus(Duration.ofDays(29)));
        assertThat(session.refresh(token, T0.plus(Duration.ofDays(30)))).isEqualTo(RefreshOutcome.EXPIRED);
        assertThat(session.isActiveAt(T0.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void aRevokedSessionRefusesEvenAnUnusedToken() {
        RefreshToken token = session.newRefreshToken("h1", T0);
        session.revoke(Session.LOGOUT, T0);
        assertThat(session.refresh(token, T0)).isEqualTo(RefreshOutcome.REVOKED);
        session.revoke(Session.ERASURE, T0.plusSeconds(1));
        assertThat(session.revokedReason()).isEqualTo(Session.LOGOUT);
    }

    @Test
    void secretsAreRandom256BitsAndStoredAsSha256() {
        String token = SecretTokens.generate();
        assertThat(token).hasSize(43).isNotEqualTo(SecretTokens.generate());
        assertThat(SecretTokens.hash(token)).hasSize(64).isEqualTo(SecretTokens.hash(token)).doesNotContain(token);
    }
}
