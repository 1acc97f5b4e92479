package com.excelmedical.staffing.platform.revocation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RevocationListTest {

    private static final Instant CHANGE = Instant.parse("2026-11-30T10:00:00.400Z");
    private static final Instant SAME_SECOND = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant SECOND_BEFORE = SAME_SECOND.minusSeconds(1);
    private static final Instant SECOND_AFTER = SAME_SECOND.plusSeconds(1);

    private final RevocationList list = new RevocationList();
    private final String user = UUID.randomUUID().toString();

    @Test
    void refusesEveryTokenOfARevokedSessionAndNoOther() {
        String session = UUID.randomUUID().toString();
        list.revokeSession(session, CHANGE);

        assertThat(list.isRevoked(session, user, SECOND_AFTER, List::of)).isTrue();
        assertThat(list.isRevoked(UUID.randomUUID().toString(), user, SECOND_BEFORE, List::of)).isFalse();
        assertThat(list.isRevoked(null, user, SECOND_BEFORE, List::of)).isFalse();
    }

    @Test
    void aDeactivatedUsersTokensIssuedUpToTheSecondOfTheChangeAreRefused() {
        list.revokeUser(user, CHANGE);

        assertThat(list.isRevoked(null, user, SECOND_BEFORE, List::of)).isTrue();
        assertThat(list.isRevoked(null, user, SAME_SECOND, List::of)).isTrue();
        assertThat(list.isRevoked(null, user, null, List::of)).isTrue();
        assertThat(list.isRevoked(null, user, SECOND_AFTER, List::of)).isFalse();
        assertThat(list.isRevoked(null, UUID.randomUUID().toString(), SECOND_BEFORE, List::of)).isFalse();
    }

    @Test
    void afterARoleChangeATokenOfTheSameSecondPassesOnlyWithTheNewRoles() {
        list.changeRoles(user, CHANGE, List.of("candidate"));

        assertThat(list.isRevoked(null, user, SECOND_BEFORE, () -> List.of("candidate"))).isTrue();
        assertThat(list.isRevoked(null, user, SAME_SECOND, () -> List.of("candidate", "recruiter"))).isTrue();
        assertThat(list.isRevoked(null, user, SAME_SECOND, () -> null)).isTrue();
        assertThat(list.isRevoked(null, user, SAME_SECOND, () -> List.of("candidate"))).isFalse();
        assertThat(list.isRevoked(null, user, SECOND_AFTER, () -> List.of("candidate", "recruiter"))).isFalse();
    }

    @Test
    void theLaterCutoffWinsAndWithinOneSecondRefusingEveryTokenWins() {
        list.changeRoles(user, CHANGE, List.of("candidate"));
        list.revokeUser(user, CHANGE.minusMillis(100));
        assertThat(list.isRevoked(null, user, SAME_SECOND, () -> List.of("candidate"))).isTrue();

        String other = UUID.randomUUID().toString();
        list.revokeUser(other, CHANGE.minusSeconds(60));
        list.changeRoles(other, CHANGE, List.of("editor"));
        assertThat(list.isRevoked(null, other, SAME_SECOND, () -> List.of("editor"))).isFalse();
        assertThat(list.isRevoked(null, other, SECOND_BEFORE, () -> List.of("editor"))).isTrue();
    }

    @Test
    void forgetsWhatNoUnexpiredTokenCanBeConcernedBy() {
        String session = UUID.randomUUID().toString();
        list.revokeSession(session, CHANGE);
        list.revokeUser(user, CHANGE.plus(Duration.ofMinutes(5)));
        assertThat(list.size()).isEqualTo(2);

        list.forgetBefore(CHANGE.plus(Duration.ofMinutes(1)));

        assertThat(list.isRevoked(session, UUID.randomUUID().toString(), SECOND_AFTER, List::of)).isFalse();
        assertThat(list.isRevoked(null, user, SECOND_AFTER, List::of)).isTrue();
        assertThat(list.size()).isEqualTo(1);
        list.forgetBefore(CHANGE.plus(Duration.ofMinutes(10)));
        assertThat(list.isEmpty()).isTrue();
    }
}
