package com.excelmedical.staffing.identity.account;

import java.util.Locale;

/** Email addresses are compared and stored trimmed and in lower case. */
public final class Emails {

    private Emails() {
    }

    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
