package com.excelmedical.staffing.identity.account;

import com.excelmedical.staffing.platform.problems.InvalidInputException;

import java.util.Locale;

/** Only an active account can log in; {@code closed} is set by erasure alone and is final. */
public enum UserStatus {
    ACTIVE, INACTIVE, LOCKED, CLOSED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UserStatus of(String value) {
        for (UserStatus status : values()) {
            if (status.value().equals(value)) {
                return status;
            }
        }
        throw new InvalidInputException("status", "must be one of active, inactive, locked");
    }
}
