package com.excelmedical.staffing.referrals.referral;

import com.excelmedical.staffing.referrals.ReferralsIT;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.excelmedical.staffing.referrals.Producers.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InvitationIT extends ReferralsIT {

    @Test
    void anInvitationIsStoredOncePerReferrerAndEmailAndShownInFullUntilTheFriendRegisters() throws Exception {
        UUID referrer = UUID.randomUUID();
        String email = uniqueEmail();

        postAs(referrer, "/referrals/invitations", """
                {"email": "%s", "name": "Clara Barton", "phone": "+1 555 0100", "jobId": "%s"}""".formatted(email, UUID.randomUUID()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("invited"))
                .andExpect(jsonPath("$.referredEmail").value(email)).andExpect(jsonPath("$.reward").isEmpty());
        postAs(referrer, "/referrals/invitations", "{\"email\": \"%s\"}".formatted(email.toUpperCase()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("email"));
        postAs(UUID.randomUUID(), "/referrals/invitations", "{\"email\": \"%s\"}".formatted(email)).andExpect(status().isCreated());

        getAs(referrer, "/referrals/me").andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].referredName").value("Clara Barton"));
        getAs(UUID.randomUUID(), "/referrals/me").andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void inviteYourselfIsUnprocessableAndInvitingAMemberIsAConflict() throws Exception {
        UUID member = UUID.randomUUID();
        String email = uniqueEmail();
        producers.send(registered(member, email, null));
        await().until(() -> jdbc.queryForObject("select count(*) from members where user_id = ?", Long.class, member) == 1);

        postAs(member, "/referrals/invitations", "{\"email\": \"%s\"}".formatted(email.toUpperCase()))
                .andExpect(status().isUnprocessableContent());
        postAs(UUID.randomUUID(), "/referrals/invitations", "{\"email\": \"%s\"}".formatted(email))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/already-a-member"));
    }

    @Test
    void badInvitationsNameTheFieldAndStoreNothing() throws Exception {
        UUID referrer = UUID.randomUUID();

        postAs(referrer, "/referrals/invitations", "{\"email\": \"not an email\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        postAs(referrer, "/referrals/invitations", "{\"email\": \"%s\", \"name\": \"%s\"}".formatted(uniqueEmail(), "n".repeat(101)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        postAs(referrer, "/referrals/invitations", "{\"email\": \"%s\", \"referrerId\": \"%s\"}".formatted(uniqueEmail(), UUID.randomUUID()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("referrerId"));
        postAs(referrer, "/referrals/invitations", "{\"email\": \"%s\", \"amount\": \"1000.00\"}".formatted(uniqueEmail()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));

        assertThat(jdbc.queryForObject("select count(*) from referrals where referrer_id = ?", Long.class, referrer)).isZero();
    }
}
