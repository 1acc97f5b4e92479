package com.excelmedical.staffing.candidates.eligibility;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A certification by its code in svc-jobs' certification reference data ({@code BLS}, {@code ACLS},
 * {@code ARRT_CT}, ...): upper-case letters, digits and underscores.
 */
public record CertificationCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    public CertificationCode {
        Objects.requireNonNull(value, "certification code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a certification code: " + value);
        }
    }

    public static CertificationCode of(String text) {
        return new CertificationCode(Objects.requireNonNull(text, "certification code").strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
