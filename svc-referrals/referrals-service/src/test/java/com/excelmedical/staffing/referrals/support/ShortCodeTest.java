package com.excelmedical.staffing.referrals.support;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ShortCodeTest {

    @Test
    void randomCodesUseOnlyTheUnambiguousAlphabet() {
        Random random = new Random(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = ShortCode.random(random).value();
            assertThat(code).hasSize(8).doesNotContain("0", "O", "1", "I", "L");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void inputIsMatchedInAnyCaseAndWithBlanksAround() {
        assertThat(ShortCode.parse(" abcd2345 ")).contains(new ShortCode("ABCD2345"));
    }

    @Test
    void malformedInputIsNoCode() {
        assertThat(ShortCode.parse(null)).isEmpty();
        assertThat(ShortCode.parse("ABC")).isEmpty();
        assertThat(ShortCode.parse("ABCD234O")).isEmpty();
        assertThat(ShortCode.parse("ABCD-234")).isEmpty();
        assertThat(ShortCode.parse("ABCD23456")).isEmpty();
    }
}
