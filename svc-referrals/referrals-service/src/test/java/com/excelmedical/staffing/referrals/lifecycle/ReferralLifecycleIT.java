package com.excelmedical.staffing.referrals.lifecycle;

import com.excelmedical.staffing.candidates.events.ApplicationPlaced;
import com.excelmedical.staffing.platform.test.EventSchemas;
import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.referrals.ReferralsIT;
import com.excelmedical.staffing.referrals.events.ReferralsTopics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static com.excelmedical.staffing.referrals.Producers.placed;
import static com.excelmedical.staffing.referrals.Producers.registered;
import static com.excelmedical.staffing.referrals.Producers.submitted;
import static com.excelmedical.staffing.referrals.Producers.travelIcuJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReferralLifecycleIT extends ReferralsIT {

    @Autowired
    MeterRegistry meters;

    @Test
    void anInvitedFriendWhoRegistersAppliesAndIsPlacedEarnsTheReferrerOnePendingReward() throws Exception {
        UUID referrer = UUID.randomUUID();
        UUID friend = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        String email = uniqueEmail();
        double awardedBefore = meters.counter("referrals.rewards.awarded").count();
        postAs(referrer, "/referrals/invitations", "{\"email\": \"%s\", \"name\": \"Mary Seacole\"}".formatted(email))
                .andExpect(status().isCreated());

        producers.sendAll(registered(friend, email.toUpperCase(), null), travelIcuJob(job));
        awaitStatus(referrer, "registered");
        producers.send(submitted(application, job, friend, null));
        awaitStatus(referrer, "applied");
        producers.send(placed(application, job, friend));
        JsonNode referral = awaitStatus(referrer, "placed");

        assertThat(referral.get("referredEmail").asString()).isEqualTo("f***@example.com");
        assertThat(referral.get("reward").get("amount").asString()).isEqualTo("500.00");
        assertThat(referral.get("reward").get("currency").asString()).isEqualTo("USD");
        assertThat(referral.get("reward").get("status").asString()).isEqualTo("pending");
        assertThat(referral.get("registeredAt").isNull()).isFalse();
        assertThat(referral.get("appliedAt").isNull()).isFalse();
        assertThat(meters.counter("referrals.rewards.awarded").count()).isEqualTo(awardedBefore + 1);

        String referralId = referral.get("id").asString();
        List<ConsumerRecord<String, String>> published = TopicReader.recordsWithKey(ReferralsTopics.REFERRALS, referralId, 2);
        assertThat(published).extracting(r -> json.readTree(r.value()).get("type").asString())
                .containsExactly("staffing.referrals.ReferralRegistered.v1", "staffing.referrals.ReferralBonusAwarded.v1");
        published.forEach(record -> EventSchemas.assertValid(record.value()));
        assertThat(json.readTree(published.get(1).value()).get("data").get("amount").asString()).isEqualTo("500.00");

        JsonNode summary = read(getAs(referrer, "/referrals/me/summary")).get("balances").get(0);
        assertThat(summary.get("earned").asString()).isEqualTo("500.00");
        assertThat(summary.get("pending").asString()).isEqualTo("500.00");
        assertThat(summary.get("paid").asString()).isEqualTo("0.00");
    }

    @Test
    void theSamePlacementThreeTimesAndASecondPlacementPayOneReward() throws Exception {
        UUID referrer = UUID.randomUUID();
        UUID friend = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        producers.sendAll(travelIcuJob(job), registered(friend, uniqueEmail(), codeOf(referrer)));
        ApplicationPlaced placement = placed(application, job, friend);

        producers.sendAll(placement, placement, placement);
        UUID secondJob = UUID.randomUUID();
        producers.sendAll(travelIcuJob(secondJob), placed(UUID.randomUUID(), secondJob, friend));

        await().ignoreExceptions().until(() -> read(getAs(referrer, "/referrals/me")).get("items").get(0).get("placements").asInt() == 2);
        JsonNode referral = read(getAs(referrer, "/referrals/me")).get("items").get(0);
        assertThat(referral.get("status").asString()).isEqualTo("placed");
        assertThat(jdbc.queryForObject("select count(*) from referral_rewards where referrer_id = ?", Long.class, referrer))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select application_id from referral_rewards where referrer_id = ?", UUID.class, referrer))
                .isEqualTo(application);
        assertThat(jdbc.queryForObject("select count(*) from reward_ledger where referrer_id = ?", Long.class, referrer))
                .isEqualTo(1);
    }

    @Test
    void aPlacementBeforeTheRegistrationIsParkedCountedInTheGaugeAndAppliedWhenTheRegistrationArrives() throws Exception {
        UUID referrer = UUID.randomUUID();
        UUID friend = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        String code = codeOf(referrer);

        producers.sendAll(travelIcuJob(job), placed(UUID.randomUUID(), job, friend));
        await().until(() -> parked(friend) == 1);
        double gauge = meters.get("referrals.parked.events").gauge().value();
        assertThat(gauge).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from referral_rewards where referrer_id = ?", Long.class, referrer)).isZero();

        producers.send(registered(friend, uniqueEmail(), code));

        awaitStatus(referrer, "placed");
        assertThat(parked(friend)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from referral_rewards where referrer_id = ?", Long.class, referrer)).isEqualTo(1);
    }

    @Test
    void aCodeGivenAtRegistrationBeatsAnInvitationAndTheFirstInvitationWinsOtherwise() throws Exception {
        UUID firstInviter = UUID.randomUUID();
        UUID secondInviter = UUID.randomUUID();
        UUID codeOwner = UUID.randomUUID();
        String byCode = uniqueEmail();
        String byInvitation = uniqueEmail();
        for (String email : List.of(byCode, byInvitation)) {
            postAs(firstInviter, "/referrals/invitations", "{\"email\": \"%s\"}".formatted(email)).andExpect(status().isCreated());
            postAs(secondInviter, "/referrals/invitations", "{\"email\": \"%s\"}".formatted(email)).andExpect(status().isCreated());
        }
        String code = codeOf(codeOwner).toLowerCase();

        producers.sendAll(registered(UUID.randomUUID(), byCode, " " + code + " "), registered(UUID.randomUUID(), byInvitation, null));

        awaitStatus(codeOwner, "registered");
        await().until(() -> statuses(firstInviter).equals(List.of("registered", "invited")));
        assertThat(statuses(secondInviter)).containsExactly("invited", "invited");
    }

    @Test
    void anUnknownOrMalformedCodeAtRegistrationIsIgnoredAndCounted() throws Exception {
        UUID user = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        double before = meters.counter("referrals.registration.codes.ignored", "reason", "malformed").count()
                + meters.counter("referrals.registration.codes.ignored", "reason", "unknown").count();

        producers.sendAll(registered(user, uniqueEmail(), "not-a-code!"), registered(other, uniqueEmail(), "ZZZZZZZZ"));

        await().until(() -> jdbc.queryForObject("select count(*) from members where user_id in (?, ?)", Long.class, user, other) == 2);
        assertThat(meters.counter("referrals.registration.codes.ignored", "reason", "malformed").count()
                + meters.counter("referrals.registration.codes.ignored", "reason", "unknown").count()).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("select count(*) from referrals where referred_user_id in (?, ?)", Long.class, user, other))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from referral_codes where user_id in (?, ?)", Long.class, user, other))
                .isEqualTo(2);
    }

    private JsonNode awaitStatus(UUID referrer, String wanted) throws Exception {
        await().until(() -> statuses(referrer).contains(wanted));
        return read(getAs(referrer, "/referrals/me")).get("items").valueStream()
                .filter(item -> item.get("status").asString().equals(wanted)).findFirst().orElseThrow();
    }

    private long parked(UUID user) {
        return jdbc.queryForObject("select count(*) from parked_events where waits_for = ?", Long.class, "user:" + user);
    }

    private List<String> statuses(UUID referrer) throws Exception {
        return read(getAs(referrer, "/referrals/me")).get("items").valueStream()
                .map(item -> item.get("status").asString()).toList();
    }
}
