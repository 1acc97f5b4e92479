package com.excelmedical.staffing.identity.account;

/** What an account is created from, by registration or by an admin. */
public record NewUser(String email, String firstName, String lastName, String phone, String referralCode,
                      boolean dataProcessingConsent, boolean marketingConsent) {
}
