package com.excelmedical.staffing.referrals.code;

import com.excelmedical.staffing.referrals.ReferralsIT;
import com.excelmedical.staffing.referrals.support.ShortCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static com.excelmedical.staffing.referrals.Producers.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReferralCodeIT extends ReferralsIT {

    @Test
    void aUserWhoseRegistrationHasNotArrivedGetsTheirOneCodeOnTheSpot() throws Exception {
        UUID user = UUID.randomUUID();

        JsonNode first = read(getAs(user, "/referrals/me/code"));
        producers.send(registered(user, uniqueEmail(), null));
        await().until(() -> jdbc.queryForObject("select count(*) from members where user_id = ?", Long.class, user) == 1);
        JsonNode second = read(getAs(user, "/referrals/me/code"));

        String code = first.get("code").asString();
        assertThat(ShortCode.parse(code)).contains(new ShortCode(code));
        assertThat(code).doesNotContain("0", "O", "1", "I", "L");
        assertThat(second).isEqualTo(first);
        assertThat(first.get("shareUrl").asString()).isEqualTo("https://staffing.test/register?ref=" + code);
        assertThat(jdbc.queryForObject("select count(*) from referral_codes where user_id = ?", Long.class, user)).isEqualTo(1);
    }

    @Test
    void aRegistrationGivesTheUserACode() {
        UUID user = UUID.randomUUID();

        producers.send(registered(user, uniqueEmail(), null));

        await().until(() -> jdbc.queryForObject("select count(*) from referral_codes where user_id = ?", Long.class, user) == 1);
    }
}
