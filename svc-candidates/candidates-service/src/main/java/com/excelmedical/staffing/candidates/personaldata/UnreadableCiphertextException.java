package com.excelmedical.staffing.candidates.personaldata;

/**
 * A stored value that does not open: its key is not configured, or the ciphertext or its context was altered
 * (GCM's tag does not match). Never carries the value; a server-side fault, so the answer is a 500.
 */
class UnreadableCiphertextException extends RuntimeException {

    UnreadableCiphertextException(String message, Throwable cause) {
        super(message, cause);
    }
}
