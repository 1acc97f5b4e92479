package com.excelmedical.staffing.referrals.referral;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailMaskTest {

    @Test
    void showsTheFirstLetterAndTheDomainOnly() {
        assertThat(EmailMask.mask("jane.doe@example.com")).isEqualTo("j***@example.com");
        assertThat(EmailMask.mask("not-an-email")).isEqualTo("***");
        assertThat(EmailMask.mask(null)).isNull();
    }
}
