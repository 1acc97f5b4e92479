package com.excelmedical.staffing.candidates.credentials.expiry;

/** What one run of the expiry task did: credentials marked expired, notices published. */
public record ExpiryRun(int expired, int notices) {
}
