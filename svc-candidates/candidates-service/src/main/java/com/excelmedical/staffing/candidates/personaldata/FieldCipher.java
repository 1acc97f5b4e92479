package com.excelmedical.staffing.candidates.personaldata;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Authenticated encryption of single values (AES-256-GCM, JDK only): a random 96-bit nonce per value, a
 * 128-bit tag, and as associated data the key id and the value's context (whose value it is and which
 * field), so a ciphertext copied to another candidate or field does not open. Values sealed with any
 * configured key open; new values are sealed with the current key.
 */
final class FieldCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private final String currentKeyId;

    /** @param base64Keys key id to the base64 of a 32-byte key; {@code currentKeyId} must be one of them */
    FieldCipher(Map<String, String> base64Keys, String currentKeyId) {
        base64Keys.forEach((id, base64) -> {
            byte[] key = Base64.getDecoder().decode(base64.strip());
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("personal-data key " + id + " must be base64 of 32 bytes, not " + key.length);
            }
            keys.put(id, new SecretKeySpec(key, "AES"));
        });
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current personal-data key " + currentKeyId + " is not among the keys");
        }
        this.currentKeyId = currentKeyId;
    }

    static FieldCipher of(PersonalDataProperties properties) {
        return new FieldCipher(properties.keys(), properties.currentKey());
    }

    String currentKeyId() {
        return currentKeyId;
    }

    Sealed seal(String plaintext, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(currentKeyId, context));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return new Sealed(currentKeyId, Base64.getEncoder().encodeToString(stored));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a personal-data value", e);
        }
    }

    String open(Sealed sealed, String context) {
        SecretKeySpec key = keys.get(sealed.keyId());
        if (key == null) {
            throw new UnreadableCiphertextException("personal-data key " + sealed.keyId() + " is not configured", null);
        }
        try {
            byte[] stored = Base64.getDecoder().decode(sealed.ciphertext());
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(sealed.keyId(), context));
            return new String(cipher.doFinal(Arrays.copyOfRange(stored, NONCE_BYTES, stored.length)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadableCiphertextException("a personal-data value sealed with key " + sealed.keyId()
                    + " does not open: altered, or moved from another context", e);
        }
    }

    private static byte[] associatedData(String keyId, String context) {
        return (keyId + "|" + context).getBytes(StandardCharsets.UTF_8);
    }
}
