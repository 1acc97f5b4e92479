package com.excelmedical.staffing.referrals.reward;

import com.excelmedical.staffing.platform.problems.NotFoundException;
import com.excelmedical.staffing.referrals.events.ReferralBonusAwarded;
import com.excelmedical.staffing.referrals.events.ReferralBonusPaid;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Awards the one reward of a referral and takes it through the admins' decisions. Each step writes its
 * ledger entry and its event in the same transaction as the reward. Counter: {@code referrals_rewards_awarded_total}.
 */
@Service
public class RewardWorkflow {

    private final Rewards rewards;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Counter awarded;

    RewardWorkflow(Rewards rewards, Ledger ledger, ApplicationEventPublisher events, Clock clock, MeterRegistry registry) {
        this.rewards = rewards;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
        this.awarded = Counter.builder("referrals.rewards.awarded").description("Referral bonuses awarded (one per referral)")
                .register(registry);
    }

    /** Creates the pending reward unless the referral has one; true when this call created it. */
    @Transactional
    public boolean award(RewardData reward) {
        Instant now = clock.instant();
        if (!rewards.insert(reward, now)) {
            return false;
        }
        ledger.append(reward, LedgerKind.ACCRUED, null, now, "placement of application " + reward.applicationId());
        events.publishEvent(new ReferralBonusAwarded(UUID.randomUUID(), now, reward.referralId(), reward.referrerId(),
                reward.id(), reward.referredUserId(), reward.jobId(), reward.applicationId(), reward.amount().toPlainString(),
                reward.currency(), reward.qualifiesAt()));
        awarded.increment();
        return true;
    }

    @Transactional
    public Reward approve(UUID rewardId, UUID admin) {
        Reward reward = load(rewardId);
        Instant now = clock.instant();
        record(reward, reward.approve(admin, now), admin, now, null);
        return reward;
    }

    @Transactional
    public Reward deny(UUID rewardId, UUID admin, String reason) {
        Reward reward = load(rewardId);
        Instant now = clock.instant();
        record(reward, reward.deny(admin, reason, now), admin, now, reason);
        return reward;
    }

    @Transactional
    public Reward pay(UUID rewardId, UUID admin, PaymentMethod method, String reference) {
        Reward reward = load(rewardId);
        Instant now = clock.instant();
        record(reward, reward.pay(admin, method, reference, now), admin, now, method.code() + " " + reference);
        RewardData data = reward.data();
        events.publishEvent(new ReferralBonusPaid(UUID.randomUUID(), now, data.referralId(), data.referrerId(), data.id(),
                data.amount().toPlainString(), data.currency(), method.code(), reference));
        return reward;
    }

    private void record(Reward reward, LedgerKind kind, UUID admin, Instant now, String note) {
        rewards.saveDecision(reward);
        ledger.append(reward.data(), kind, admin, now, note);
    }

    private Reward load(UUID rewardId) {
        return rewards.find(rewardId).orElseThrow(() -> new NotFoundException("Reward", rewardId));
    }
}
