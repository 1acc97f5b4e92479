package com.excelmedical.staffing.candidates.profile;

/** What filling the profile's phone from elsewhere did. */
public enum PhoneFill {
    FILLED,
    /** The profile has a phone already; it is kept. */
    ALREADY_SET,
    /** The value does not pass the profile's phone format. */
    NOT_A_PHONE_NUMBER
}
