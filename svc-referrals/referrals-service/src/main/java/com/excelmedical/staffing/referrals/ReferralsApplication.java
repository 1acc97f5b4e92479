package com.excelmedical.staffing.referrals;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** svc-referrals: referral codes, invitations, the referral lifecycle, the bonus ledger and recruiter job shares. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReferralsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReferralsApplication.class, args);
    }
}
