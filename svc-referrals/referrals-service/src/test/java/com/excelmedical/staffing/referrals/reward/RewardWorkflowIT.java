package com.excelmedical.staffing.referrals.reward;

import com.excelmedical.staffing.platform.test.EventSchemas;
import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.referrals.ReferralsIT;
import com.excelmedical.staffing.referrals.events.ReferralsTopics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RewardWorkflowIT extends ReferralsIT {

    private static final UUID ADMIN = UUID.randomUUID();

    @Autowired
    Rewards rewards;

    @Test
    void aRewardCannotBeApprovedBeforeTheQualifyingDate() throws Exception {
        UUID reward = aPlacement(UUID.randomUUID(), UUID.randomUUID());   // the default policy: 500.00 USD, 90 days

        decide(reward, "approve", "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/reward-not-qualified-yet"));
        assertThat(statusOf(reward)).isEqualTo("pending");
    }

    @Test
    void anApprovedRewardIsPaidOnceWithMethodAndReferenceAndThePaymentIsPublished() throws Exception {
        UUID specialty = UUID.randomUUID();
        policy(specialty, "750.00", 0);
        UUID referrer = UUID.randomUUID();
        UUID reward = aPlacement(referrer, specialty);
        decide(reward, "pay", "{\"method\": \"check\", \"reference\": \"CHK-1\"}").andExpect(status().isConflict());

        decide(reward, "approve", "").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("approved"));
        decide(reward, "pay", "{\"method\": \"check\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reference"));
        decide(reward, "pay", "{\"reference\": \"CHK-1\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("method"));
        decide(reward, "pay", "{\"method\": \"check\", \"reference\": \"CHK-1\", \"amount\": 1000000}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        assertThat(statusOf(reward)).isEqualTo("approved");

        decide(reward, "pay", "{\"method\": \"bank_transfer\", \"reference\": \"ACH-20261130-7\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("paid")).andExpect(jsonPath("$.amount").value("750.00"))
                .andExpect(jsonPath("$.paymentReference").value("ACH-20261130-7"));
        decide(reward, "pay", "{\"method\": \"check\", \"reference\": \"again\"}").andExpect(status().isConflict());
        decide(reward, "deny", "{\"reason\": \"too late\"}").andExpect(status().isConflict());

        String paid = TopicReader.awaitRecords(ReferralsTopics.REFERRALS,
                r -> r.value().contains("ReferralBonusPaid") && r.value().contains(reward.toString()), 1).getFirst().value();
        EventSchemas.assertValid(paid);
        JsonNode data = json.readTree(paid).get("data");
        assertThat(data.get("amount").asString()).isEqualTo("750.00");
        assertThat(data.get("method").asString()).isEqualTo("bank_transfer");
        JsonNode balance = read(getAs(referrer, "/referrals/me/summary")).get("balances").get(0);
        assertThat(balance.get("paid").asString()).isEqualTo("750.00");
        assertThat(balance.get("pending").asString()).isEqualTo("0.00");
    }

    @Test
    void aDeniedRewardKeepsItsReasonAndLeavesTheBalances() throws Exception {
        UUID referrer = UUID.randomUUID();
        UUID reward = aPlacement(referrer, UUID.randomUUID());

        decide(reward, "deny", "{\"reason\": \"\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        decide(reward, "deny", "{\"reason\": \"Candidate left in the first week\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.denialReason").value("Candidate left in the first week"));
        decide(reward, "approve", "").andExpect(status().isConflict());

        JsonNode balance = read(getAs(referrer, "/referrals/me/summary")).get("balances").get(0);
        assertThat(balance.get("earned").asString()).isEqualTo("0.00");
        assertThat(jdbc.queryForList("select kind from reward_ledger where reward_id = ? order by id", String.class, reward))
                .containsExactly("accrued", "denied");
    }

    @Test
    void ofTwoDecisionsOnTheSameVersionOnlyTheFirstIsSaved() throws Exception {
        UUID reward = aPlacement(UUID.randomUUID(), UUID.randomUUID());
        Reward first = rewards.find(reward).orElseThrow();
        Reward second = rewards.find(reward).orElseThrow();
        first.deny(ADMIN, "duplicate", Instant.now());
        second.deny(UUID.randomUUID(), "fraud", Instant.now());

        rewards.saveDecision(first);

        assertThatThrownBy(() -> rewards.saveDecision(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("select denial_reason from referral_rewards where id = ?", String.class, reward))
                .isEqualTo("duplicate");
    }

    @Test
    void unknownRewardsAreNotFoundAndOnlyAdminsDecideOrList() throws Exception {
        decide(UUID.randomUUID(), "approve", "").andExpect(status().isNotFound());
        postAs(UUID.randomUUID(), "/referrals/rewards/" + UUID.randomUUID() + "/approve", "{}").andExpect(status().isForbidden());
        getAs(UUID.randomUUID(), "/referrals/rewards").andExpect(status().isForbidden());
        getAs(ADMIN, "/referrals/rewards?status=unknown", "admin").andExpect(status().isBadRequest());
        UUID reward = aPlacement(UUID.randomUUID(), UUID.randomUUID());
        JsonNode pending = read(getAs(ADMIN, "/referrals/rewards?status=pending&size=100", "admin"));
        assertThat(pending.get("items").valueStream().map(item -> item.get("id").asString())).contains(reward.toString());
    }

    @Test
    void theLedgerRefusesToBeEdited() throws Exception {
        UUID reward = aPlacement(UUID.randomUUID(), UUID.randomUUID());

        assertThatThrownBy(() -> jdbc.update("update reward_ledger set amount = 1 where reward_id = ?", reward))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from reward_ledger where reward_id = ?", reward))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    private ResultActions decide(UUID reward, String action, String body) throws Exception {
        return postAs(ADMIN, "/referrals/rewards/" + reward + "/" + action, body.isEmpty() ? "{}" : body, "admin");
    }

    private String statusOf(UUID reward) {
        return jdbc.queryForObject("select status from referral_rewards where id = ?", String.class, reward);
    }
}
