package com.excelmedical.staffing.candidates.personaldata;

/** A value sealed by {@link FieldCipher}: base64 of nonce, ciphertext and tag, and the id of the key that sealed it. */
record Sealed(String keyId, String ciphertext) {

    static Sealed of(String keyId, String ciphertext) {
        return keyId == null || ciphertext == null ? null : new Sealed(keyId, ciphertext);
    }
}
