package com.excelmedical.staffing.referrals.lifecycle;

import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.referrals.ReferralsIT;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.excelmedical.staffing.referrals.Producers.placed;
import static com.excelmedical.staffing.referrals.Producers.registered;
import static com.excelmedical.staffing.referrals.Producers.submitted;
import static com.excelmedical.staffing.referrals.Producers.travelIcuJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The four events of one referral (registration with the referrer's code, the job, the application, the
 * placement) delivered in each of their 24 orders, each order to its own referral: every one ends in the
 * same state, with nothing left parked.
 */
class EveryOrderIT extends ReferralsIT {

    @Test
    void everyOrderOfTheEventsOfOneReferralEndsInTheSameState() throws Exception {
        Instant base = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Run> runs = new ArrayList<>();
        for (List<Integer> order : permutations(List.of(0, 1, 2, 3))) {
            Run run = new Run(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), order);
            String code = codeOf(run.referrer());
            List<DomainEvent> events = List.of(
                    registered(run.candidate(), uniqueEmail(), code, base),
                    travelIcuJob(run.job()),
                    submitted(run.application(), run.job(), run.candidate(), null, base.plusSeconds(60)),
                    placed(run.application(), run.job(), run.candidate(), base.plusSeconds(120)));
            order.forEach(i -> producers.send(events.get(i)));
            runs.add(run);
        }

        for (Run run : runs) {
            await().until(() -> rewardCount(run) == 1 && parked(run) == 0);
            assertThat(state(run)).as("order %s", run.order()).isEqualTo(Map.of(
                    "status", "placed", "registered_at", base.toString(), "applied_at", base.plusSeconds(60).toString(),
                    "placed_at", base.plusSeconds(120).toString(), "placements", "1", "application_id", run.application().toString(),
                    "amount", "500.00", "reward_status", "pending", "ledger_entries", "1"));
        }
    }

    private Map<String, String> state(Run run) {
        return jdbc.queryForObject("""
                        SELECT r.status, r.registered_at, r.applied_at, r.placed_at, r.placements, r.application_id, w.amount,
                               w.status AS reward_status, (SELECT count(*) FROM reward_ledger l WHERE l.reward_id = w.id) AS entries
                        FROM referrals r JOIN referral_rewards w ON w.referral_id = r.id WHERE r.referrer_id = ?""",
                (rs, n) -> Map.of("status", rs.getString("status"),
                        "registered_at", rs.getTimestamp("registered_at").toInstant().toString(),
                        "applied_at", rs.getTimestamp("applied_at").toInstant().toString(),
                        "placed_at", rs.getTimestamp("placed_at").toInstant().toString(),
                        "placements", rs.getString("placements"), "application_id", rs.getString("application_id"),
                        "amount", rs.getBigDecimal("amount").toPlainString(), "reward_status", rs.getString("reward_status"),
                        "ledger_entries", rs.getString("entries")),
                run.referrer());
    }

    private long rewardCount(Run run) {
        return jdbc.queryForObject("SELECT count(*) FROM referral_rewards WHERE referrer_id = ?", Long.class, run.referrer());
    }

    private long parked(Run run) {
        return jdbc.queryForObject("SELECT count(*) FROM parked_events WHERE waits_for IN (?, ?)", Long.class,
                "user:" + run.candidate(), "job:" + run.job());
    }

    private static List<List<Integer>> permutations(List<Integer> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Integer>> result = new ArrayList<>();
        for (Integer first : items) {
            List<Integer> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<Integer> tail : permutations(rest)) {
                List<Integer> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                result.add(order);
            }
        }
        return result;
    }

    private record Run(UUID referrer, UUID candidate, UUID job, UUID application, List<Integer> order) {
    }
}
