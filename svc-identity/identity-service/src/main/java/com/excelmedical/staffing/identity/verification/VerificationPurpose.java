package com.excelmedical.staffing.identity.verification;

import java.util.Locale;

public enum VerificationPurpose {
    EMAIL_VERIFICATION, PASSWORD_RESET;

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
