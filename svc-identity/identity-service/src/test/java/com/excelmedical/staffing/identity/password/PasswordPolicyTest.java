package com.excelmedical.staffing.identity.password;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.withShippedList();

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThatCode(() -> policy.check("violet harbour lantern 42")).doesNotThrowAnyException();
    }

    @Test
    void acceptsExactlyTwelveAndExactly128Characters() {
        assertThatCode(() -> policy.check("kq7!vz2Lp0w#")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("abcd".repeat(32))).doesNotThrowAnyException();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThatThrownBy(() -> policy.check("kq7!vz2Lp0w")).isInstanceOf(WeakPasswordException.class)
                .hasMessage("password must have at least 12 characters");
    }

    @Test
    void refusesMoreThan128Characters() {
        assertThatThrownBy(() -> policy.check("abcd".repeat(32) + "e")).isInstanceOf(WeakPasswordException.class)
                .hasMessage("password must have at most 128 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1234", "QWERTYUIOPASDF", "iloveyou2026!"})
    void refusesCommonPasswordsWhateverTheirCase(String password) {
        assertThatThrownBy(() -> policy.check(password)).hasMessage("password is too common");
    }

    @Test
    void refusesAPasswordOfOnlyAFewDistinctCharacters() {
        assertThatThrownBy(() -> policy.check("abcabcabcabcabc")).hasMessage("password must use at least 4 different characters");
    }

    @Test
    void refusesAMissingPassword() {
        assertThatThrownBy(() -> policy.check("")).hasMessage("password is required");
    }

    @Test
    void namesThePasswordFieldInTheProblem() {
        assertThatThrownBy(() -> policy.check("short")).isInstanceOfSatisfying(WeakPasswordException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("password"));
    }
}
