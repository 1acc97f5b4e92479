package com.excelmedical.staffing.referrals.referral;

/** {@code jane.doe@example.com} → {@code j***@example.com}: enough to recognise, not enough to write to. */
final class EmailMask {

    private EmailMask() {
    }

    static String mask(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
