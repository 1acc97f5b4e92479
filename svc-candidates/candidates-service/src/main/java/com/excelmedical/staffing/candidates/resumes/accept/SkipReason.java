package com.excelmedical.staffing.candidates.resumes.accept;

/** Why a chosen item was not merged; none of them is an error. */
public enum SkipReason {
    FROM_ACCOUNT("from_account", "names and email come from the account and are changed there"),
    PROFILE_VALUE_KEPT("profile_value_kept", "the profile has a value already; it is kept"),
    NOT_FOUND("not_found", "the resume does not give it"),
    INVALID_VALUE("invalid_value", "the value does not pass the profile's rules"),
    DATES_MISSING("dates_missing", "a credential needs its issue date (issuedOn) and, for a license, its expiry (expiresOn): "
            + "give them with the item's index"),
    NUMBER_MISSING("number_missing", "the resume gives no license number"),
    EXPIRES_BEFORE_ISSUE("expires_before_issue", "the expiry lies before the issue date"),
    UNKNOWN_CERTIFICATION("unknown_certification", "not a certification of the reference data"),
    ALREADY_HELD("already_held", "a license of this type and state, or this certification, is already on file"),
    INCOMPLETE("incomplete", "a position needs a title, an employer and a start; an education entry a school"),
    ALREADY_LISTED("already_listed", "the same entry is already on file"),
    NO_PLACE_IN_PROFILE("no_place_in_profile", "the profile has no place for skills");

    private final String code;
    private final String description;

    SkipReason(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
