package com.excelmedical.staffing.identity.account;

import java.util.UUID;

/**
 * What the account lifecycle needs from email verification, implemented where verification lives,
 * so that accounts do not depend on it.
 */
public interface EmailVerification {

    /** Sends the link that confirms the user's email. */
    void sendEmailVerification(UUID userId);

    /** Drops every outstanding link of the user (erasure). */
    void forget(UUID userId);
}
