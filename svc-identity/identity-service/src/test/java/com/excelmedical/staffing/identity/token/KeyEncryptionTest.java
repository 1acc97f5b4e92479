package com.excelmedical.staffing.identity.token;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyEncryptionTest {

    private final KeyEncryption encryption = new KeyEncryption(new byte[32]);
    private final byte[] secret = "private key bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void decryptsWhatItEncryptedUnderTheSameKeyId() {
        byte[] sealed = encryption.encrypt(secret, "kid-1");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("private key bytes");
        assertThat(encryption.decrypt(sealed, "kid-1")).isEqualTo(secret);
    }

    @Test
    void refusesACiphertextMovedToAnotherKeyId() {
        byte[] sealed = encryption.encrypt(secret, "kid-1");
        assertThatThrownBy(() -> encryption.decrypt(sealed, "kid-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnotherEncryptionKey() {
        byte[] sealed = encryption.encrypt(secret, "kid-1");
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> new KeyEncryption(other).decrypt(sealed, "kid-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void wantsA256BitKey() {
        assertThatThrownBy(() -> new KeyEncryption(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
