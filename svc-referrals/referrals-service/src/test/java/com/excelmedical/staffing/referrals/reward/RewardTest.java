package com.excelmedical.staffing.referrals.reward;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RewardTest {

    private static final Instant PLACED = Instant.parse("2026-11-01T12:00:00Z");
    private static final UUID ADMIN = UUID.randomUUID();

    @Test
    void isApprovedFromTheQualifyingDateThenPaid() {
        Reward reward = aReward();
        assertThatThrownBy(() -> reward.approve(ADMIN, PLACED.plus(Duration.ofDays(89)))).isInstanceOf(NotQualifiedYetException.class);
        assertThat(reward.status()).isEqualTo(RewardStatus.PENDING);

        assertThat(reward.approve(ADMIN, PLACED.plus(Duration.ofDays(90)))).isEqualTo(LedgerKind.APPROVED);
        assertThat(reward.pay(ADMIN, PaymentMethod.PAYROLL, "PR-7", PLACED.plus(Duration.ofDays(95)))).isEqualTo(LedgerKind.PAID);

        assertThat(reward.status()).isEqualTo(RewardStatus.PAID);
        assertThat(reward.paymentReference()).isEqualTo("PR-7");
        assertThat(reward.amount()).isEqualByComparingTo("500.00");
    }

    @Test
    void refusesIllegalTransitions() {
        Reward pending = aReward();
        assertThatThrownBy(() -> pending.pay(ADMIN, PaymentMethod.CHECK, "C-1", PLACED)).isInstanceOf(IllegalRewardTransitionException.class);

        Reward denied = aReward();
        denied.deny(ADMIN, "left early", PLACED);
        assertThatThrownBy(() -> denied.approve(ADMIN, PLACED.plus(Duration.ofDays(100)))).isInstanceOf(IllegalRewardTransitionException.class);
        assertThatThrownBy(() -> denied.deny(ADMIN, "again", PLACED)).isInstanceOf(IllegalRewardTransitionException.class);
        assertThat(denied.denialReason()).isEqualTo("left early");
    }

    private static Reward aReward() {
        return Reward.pending(new RewardData(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("500.00"), "USD", PLACED, PLACED.plus(Duration.ofDays(90)), 0));
    }
}
