package com.excelmedical.staffing.identity.token;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Encrypts private signing keys at rest: AES-256-GCM, a random 96-bit nonce per key stored in front
 * of the ciphertext, and the key id as associated data (a ciphertext moved to another row does not decrypt).
 */
public final class KeyEncryption {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public KeyEncryption(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the key-encryption key must be 32 bytes (base64 of 32 random bytes)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    public static KeyEncryption fromBase64(String base64) {
        return new KeyEncryption(Base64.getDecoder().decode(base64.strip()));
    }

    public byte[] encrypt(byte[] plain, String keyId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a signing key", e);
        }
    }

    public byte[] decrypt(byte[] stored, String keyId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(Arrays.copyOfRange(stored, NONCE_BYTES, stored.length));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt signing key " + keyId
                    + ": is staffing.identity.keys.encryption-key the key it was stored with?", e);
        }
    }
}
