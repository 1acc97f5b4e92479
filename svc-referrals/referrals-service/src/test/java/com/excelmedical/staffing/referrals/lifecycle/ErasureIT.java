package com.excelmedical.staffing.referrals.lifecycle;

import com.excelmedical.staffing.referrals.ReferralsIT;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.excelmedical.staffing.referrals.Producers.erased;
import static com.excelmedical.staffing.referrals.Producers.placed;
import static com.excelmedical.staffing.referrals.Producers.registered;
import static com.excelmedical.staffing.referrals.Producers.travelIcuJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ErasureIT extends ReferralsIT {

    @Test
    void anErasedUserLosesEmailNameAndPhoneWhereverTheyAppearWhileAmountsAndDatesStay() throws Exception {
        UUID referrer = UUID.randomUUID();
        UUID otherInviter = UUID.randomUUID();
        UUID friend = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        String email = uniqueEmail();
        postAs(referrer, "/referrals/invitations", "{\"email\": \"%s\", \"name\": \"Dorothea Dix\", \"phone\": \"+1 555 0101\"}"
                .formatted(email)).andExpect(status().isCreated());
        postAs(otherInviter, "/referrals/invitations", "{\"email\": \"%s\", \"name\": \"D. Dix\"}".formatted(email))
                .andExpect(status().isCreated());
        producers.sendAll(travelIcuJob(job), registered(friend, email, null), placed(UUID.randomUUID(), job, friend));
        await().until(() -> jdbc.queryForObject("select count(*) from referral_rewards where referred_user_id = ?", Long.class, friend) == 1);

        producers.send(erased(friend));

        await().until(() -> jdbc.queryForObject("select count(*) from members where user_id = ? and email is null", Long.class, friend) == 1);
        assertThat(jdbc.queryForList("""
                        select referred_email, referred_name, referred_phone from referrals where referrer_id in (?, ?)""",
                referrer, otherInviter)).hasSize(2).allSatisfy(row -> assertThat(row.values()).containsOnlyNulls());
        Map<String, Object> kept = jdbc.queryForMap("""
                        select r.status, r.placed_at, w.amount from referrals r join referral_rewards w on w.referral_id = r.id
                        where r.referred_user_id = ?""", friend);
        assertThat(kept.get("status")).isEqualTo("placed");
        assertThat(kept.get("placed_at")).isNotNull();
        assertThat(kept.get("amount").toString()).isEqualTo("500.00");
        assertThat(read(getAs(referrer, "/referrals/me")).get("items").get(0).get("referredEmail").isNull()).isTrue();
    }
}
