package com.excelmedical.staffing.identity.password;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordCheckTest {

    private final PasswordEncoder encoder = PasswordHashing.encoder(5);
    private final PasswordCheck check = new PasswordCheck(encoder);

    @Test
    void matchesTheRightPasswordWithoutRehashWhenParametersAreCurrent() {
        PasswordCheck.Result result = check.check("violet harbour lantern", check.hash("violet harbour lantern"));
        assertThat(result.matches()).isTrue();
        assertThat(result.rehash()).isEmpty();
    }

    @Test
    void refusesAWrongPassword() {
        assertThat(check.check("something else", check.hash("violet harbour lantern")).matches()).isFalse();
    }

    @Test
    void refusesWhenThereIsNoStoredHash() {
        assertThat(check.check("violet harbour lantern", null).matches()).isFalse();
    }

    @Test
    void offersARehashForAWeakerBcryptHash() {
        String weaker = PasswordHashing.encoder(4).encode("violet harbour lantern");
        PasswordCheck.Result result = check.check("violet harbour lantern", weaker);
        assertThat(result.matches()).isTrue();
        assertThat(result.rehash()).hasValueSatisfying(hash -> assertThat(hash).startsWith("{bcrypt}$2b$05$"));
    }
}
