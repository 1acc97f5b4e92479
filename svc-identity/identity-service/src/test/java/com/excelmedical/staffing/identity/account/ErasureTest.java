package com.excelmedical.staffing.identity.account;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErasureTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void erasureKeepsNoPersonalFieldAndClosesTheAccountForGood() {
        User user = User.create(new NewUser("Ada@Example.com", "Ada", "Lovelace", "+1 555 0100", "REF-1", true, true),
                "{bcrypt}hash", Set.of("candidate"), T0);
        assertThat(user.email()).isEqualTo("ada@example.com");

        user.erase(T0);

        assertThat(user.status()).isEqualTo(UserStatus.CLOSED);
        assertThat(user.email()).isEqualTo("erased-" + user.id() + "@erased.invalid");
        assertThat(user.firstName()).isNull();
        assertThat(user.lastName()).isNull();
        assertThat(user.phone()).isNull();
        assertThat(user.passwordHash()).isNull();
        assertThat(user.referralCode()).isNull();
        assertThat(user.deletedAt()).isEqualTo(T0);
        assertThat(user.canLogIn()).isFalse();
        assertThatThrownBy(() -> user.changeStatus(UserStatus.ACTIVE, T0)).isInstanceOf(AccountClosedException.class);
        assertThatThrownBy(() -> user.erase(T0)).isInstanceOf(AccountClosedException.class);
    }
}
