package com.excelmedical.staffing.candidates.credentials;

import com.excelmedical.staffing.candidates.eligibility.CredentialStatus;
import com.excelmedical.staffing.platform.problems.InvalidInputException;

import java.time.LocalDate;

/**
 * The date rules every credential shares, each a 400 naming the field: nothing issued, started or ended
 * after today; no expiry more than {@link #MAX_YEARS_AHEAD} years ahead; an end after its start.
 */
public final class CredentialDates {

    public static final int MAX_YEARS_AHEAD = 10;

    private CredentialDates() {
    }

    /** {@code date} (when given) is today or earlier. */
    public static void notAfterToday(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidInputException(field, "must not be after today (" + today + ")");
        }
    }

    /** {@code date} (when given) is at most {@link #MAX_YEARS_AHEAD} years ahead. */
    public static void notFarAhead(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw new InvalidInputException(field, "must not be more than " + MAX_YEARS_AHEAD + " years ahead");
        }
    }

    /** {@code end} (when both are given) comes after {@code start}; {@code strictly} refuses the same day. */
    public static void ordered(String startField, LocalDate start, String endField, LocalDate end, boolean strictly) {
        if (start != null && end != null && (end.isBefore(start) || strictly && end.isEqual(start))) {
            throw new InvalidInputException(endField, "must be after " + startField);
        }
    }

    /** Issue and expiry of a license or certification: issued by today, expiring after issue and within ten years. */
    public static void issueAndExpiry(LocalDate issuedOn, LocalDate expiresOn, LocalDate today) {
        notAfterToday("issuedOn", issuedOn, today);
        ordered("issuedOn", issuedOn, "expiresOn", expiresOn, true);
        notFarAhead("expiresOn", expiresOn, today);
    }

    /** What a credential with this expiry is today: expired once the day has passed, else active. */
    public static CredentialStatus statusOn(LocalDate expiresOn, LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today) ? CredentialStatus.EXPIRED : CredentialStatus.ACTIVE;
    }
}
