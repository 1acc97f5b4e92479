package com.excelmedical.staffing.referrals.reward;

import com.excelmedical.staffing.platform.problems.ConflictException;
import com.excelmedical.staffing.referrals.ReferralsIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Many random workflows (seeded, so a failure replays): rewards of random amounts for a few referrers, each
 * taken through random decisions, legal or not. Afterwards each referrer's balances from the ledger match
 * the rewards' amounts by status, and every refused decision changed nothing.
 */
class LedgerPropertyIT extends ReferralsIT {

    private static final long SEED = 20261130L;
    private static final int REWARDS = 120;

    @Autowired
    RewardWorkflow workflow;

    @Test
    void balancesComputedFromTheLedgerMatchTheRewardsAfterManyRandomWorkflows() throws Exception {
        Random random = new Random(SEED);
        List<UUID> referrers = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < REWARDS; i++) {
            UUID referrer = referrers.get(random.nextInt(referrers.size()));
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(200_000), 2);
            boolean qualified = random.nextInt(4) > 0;
            created.add(award(referrer, amount, qualified ? Duration.ofDays(-1) : Duration.ofDays(30)));
        }
        for (int step = 0; step < REWARDS * 3; step++) {
            UUID reward = created.get(random.nextInt(created.size()));
            UUID admin = UUID.randomUUID();
            String before = statusOf(reward);
            try {
                switch (random.nextInt(3)) {
                    case 0 -> workflow.approve(reward, admin);
                    case 1 -> workflow.deny(reward, admin, "step " + step);
                    default -> workflow.pay(reward, admin, PaymentMethod.values()[random.nextInt(4)], "REF-" + step);
                }
            } catch (ConflictException refused) {
                assertThat(statusOf(reward)).as("a refused decision changes nothing").isEqualTo(before);
            }
        }

        for (UUID referrer : referrers) {
            Map<String, BigDecimal> byStatus = jdbc.queryForList(
                            "select status, sum(amount) as total from referral_rewards where referrer_id = ? group by status", referrer)
                    .stream().collect(Collectors.toMap(row -> (String) row.get("status"), row -> (BigDecimal) row.get("total")));
            BigDecimal pending = byStatus.getOrDefault("pending", BigDecimal.ZERO).add(byStatus.getOrDefault("approved", BigDecimal.ZERO));
            BigDecimal paid = byStatus.getOrDefault("paid", BigDecimal.ZERO);
            var balance = read(getAs(referrer, "/referrals/me/summary")).get("balances").get(0);
            assertThat(new BigDecimal(balance.get("pending").asString())).isEqualByComparingTo(pending);
            assertThat(new BigDecimal(balance.get("paid").asString())).isEqualByComparingTo(paid);
            assertThat(new BigDecimal(balance.get("earned").asString())).isEqualByComparingTo(pending.add(paid));
        }
        assertThat(jdbc.queryForList("select distinct status from referral_rewards where referrer_id in (?, ?, ?, ?)", String.class,
                referrers.toArray())).containsExactlyInAnyOrder("pending", "approved", "paid", "denied");
        assertThatThrownBy(() -> workflow.approve(UUID.randomUUID(), UUID.randomUUID()))
                .isInstanceOf(com.excelmedical.staffing.platform.problems.NotFoundException.class);
    }

    /** A reward as the lifecycle creates it, for a referral row made here; qualifying {@code qualifiesIn} from now. */
    private UUID award(UUID referrer, BigDecimal amount, Duration qualifiesIn) {
        UUID referral = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update("""
                insert into referrals (id, referrer_id, status, referred_user_id, placed_at, created_at, updated_at)
                values (?, ?, 'placed', ?, ?, ?, ?)""", referral, referrer, UUID.randomUUID(), Timestamp.from(now),
                Timestamp.from(now), Timestamp.from(now));
        UUID reward = UUID.randomUUID();
        assertThat(workflow.award(new RewardData(reward, referral, referrer, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                amount, "USD", now, now.plus(qualifiesIn), 0))).isTrue();
        return reward;
    }

    private String statusOf(UUID reward) {
        return jdbc.queryForObject("select status from referral_rewards where id = ?", String.class, reward);
    }
}
