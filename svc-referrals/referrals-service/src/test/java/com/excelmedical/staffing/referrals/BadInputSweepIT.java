package com.excelmedical.staffing.referrals;

import com.excelmedical.staffing.platform.test.sweep.BadInputSweep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Every operation of the served document, sent bad input: no 5xx, problem details, nothing stored. */
class BadInputSweepIT extends ReferralsIT {

    @Value("${local.server.port}")
    int port;

    @Test
    void badInputIsRefusedWithProblemDetailsAndNothingIsStored() throws Exception {
        BadInputSweep.against(port)
                .stored(() -> jdbc.queryForList("""
                        select (select count(*) from referrals) as referrals, (select count(*) from referral_rewards) as rewards,
                               (select count(*) from reward_ledger) as ledger, (select count(*) from job_shares) as shares,
                               (select count(*) from bonus_policies) as policies,
                               (select coalesce(sum(version), 0) from referral_rewards) as decisions"""))
                .validBody("POST /referrals/invitations", "{\"email\": \"sweep@example.com\", \"name\": \"Sweep\"}")
                .validBody("POST /referrals/job-shares", "{\"jobId\": \"00000000-0000-4000-8000-000000000000\"}")
                .validBody("PUT /referrals/bonus-policies",
                        "{\"jobType\": \"local\", \"amount\": 250.00, \"currency\": \"USD\", \"qualifyingDays\": 30}")
                .validBody("POST /referrals/rewards/{rewardId}/deny", "{\"reason\": \"sweep\"}")
                .validBody("POST /referrals/rewards/{rewardId}/pay", "{\"method\": \"check\", \"reference\": \"sweep\"}")
                .run();
    }
}
