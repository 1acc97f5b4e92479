package com.excelmedical.staffing.candidates.personaldata;

import java.util.UUID;

/** A candidate's sealed personal data as stored; either value may be absent (null). */
record StoredPersonalData(UUID candidateId, Sealed ssn, Sealed dateOfBirth) {

    static final String SSN = "ssn";
    static final String DATE_OF_BIRTH = "dateOfBirth";

    /** The associated data that binds a sealed value to its candidate and field. */
    static String context(UUID candidateId, String field) {
        return "candidate:" + candidateId + "/" + field;
    }
}
