package com.excelmedical.staffing.candidates.personaldata;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

    private static final String KEY_A = key();
    private static final String KEY_B = key();
    private static final String CONTEXT = StoredPersonalData.context(UUID.randomUUID(), StoredPersonalData.SSN);

    private final FieldCipher cipher = new FieldCipher(Map.of("a", KEY_A), "a");

    @Test
    void sealedValueOpensAndHoldsNoPlaintext() {
        Sealed sealed = cipher.seal("123-45-6789", CONTEXT);

        assertThat(sealed.keyId()).isEqualTo("a");
        assertThat(sealed.ciphertext()).doesNotContain("6789");
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("123-45-6789").doesNotContain("6789");
        assertThat(cipher.open(sealed, CONTEXT)).isEqualTo("123-45-6789");
    }

    @Test
    void everySealUsesAFreshNonce() {
        assertThat(cipher.seal("123-45-6789", CONTEXT).ciphertext()).isNotEqualTo(cipher.seal("123-45-6789", CONTEXT).ciphertext());
    }

    @Test
    void tamperedCiphertextFailsAuthentication() {
        Sealed sealed = cipher.seal("123-45-6789", CONTEXT);
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[bytes.length - 20] ^= 0x01;
        Sealed tampered = new Sealed("a", Base64.getEncoder().encodeToString(bytes));

        assertThatThrownBy(() -> cipher.open(tampered, CONTEXT))
                .isInstanceOf(UnreadableCiphertextException.class)
                .hasMessageNotContaining("123-45-6789");
    }

    @Test
    void ciphertextMovedToAnotherCandidateOrFieldDoesNotOpen() {
        Sealed sealed = cipher.seal("123-45-6789", CONTEXT);

        assertThatThrownBy(() -> cipher.open(sealed, StoredPersonalData.context(UUID.randomUUID(), StoredPersonalData.SSN)))
                .isInstanceOf(UnreadableCiphertextException.class);
        assertThatThrownBy(() -> cipher.open(new Sealed("a", "AAAA"), CONTEXT)).isInstanceOf(UnreadableCiphertextException.class);
    }

    @Test
    void afterRotationOldValuesOpenAndNewOnesUseTheCurrentKey() {
        Sealed underA = cipher.seal("1990-04-01", CONTEXT);
        FieldCipher rotated = new FieldCipher(Map.of("a", KEY_A, "b", KEY_B), "b");

        assertThat(rotated.open(underA, CONTEXT)).isEqualTo("1990-04-01");
        Sealed underB = rotated.seal("1990-04-01", CONTEXT);
        assertThat(underB.keyId()).isEqualTo("b");
        assertThatThrownBy(() -> cipher.open(underB, CONTEXT))
                .isInstanceOf(UnreadableCiphertextException.class)
                .hasMessageContaining("key b is not configured");
    }

    @Test
    void refusesKeysThatAreNotAes256AndACurrentKeyItDoesNotHave() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FieldCipher(Map.of("a", Base64.getEncoder().encodeToString(new byte[16])), "a"));
        assertThatIllegalArgumentException().isThrownBy(() -> new FieldCipher(Map.of("a", KEY_A), "b"));
    }

    private static String key() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
