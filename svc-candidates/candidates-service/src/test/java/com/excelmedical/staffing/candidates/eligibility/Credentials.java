package com.excelmedical.staffing.candidates.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures: a candidate's credentials, built line by line. */
final class Credentials {

    static final LocalDate ISSUED = LocalDate.of(2024, 1, 1);

    private final List<License> licenses = new ArrayList<>();
    private final List<Certification> certifications = new ArrayList<>();

    static Credentials aNurse() {
        return new Credentials();
    }

    Credentials rn(String state, String expires) {
        return license(LicenseType.RN, state, expires, false, CredentialStatus.ACTIVE);
    }

    Credentials multistateRn(String state, String expires) {
        return license(LicenseType.RN, state, expires, true, CredentialStatus.ACTIVE);
    }

    Credentials license(LicenseType type, String state, String expires, boolean multistate, CredentialStatus status) {
        licenses.add(new License(type, StateCode.of(state), ISSUED, LocalDate.parse(expires), multistate, status));
        return this;
    }

    Credentials rnIssued(String state, String issued, String expires) {
        licenses.add(new License(LicenseType.RN, StateCode.of(state), LocalDate.parse(issued), LocalDate.parse(expires),
                false, CredentialStatus.ACTIVE));
        return this;
    }

    Credentials cert(String code, String expires) {
        return cert(code, expires, CredentialStatus.ACTIVE);
    }

    Credentials cert(String code, String expires, CredentialStatus status) {
        certifications.add(new Certification(CertificationCode.of(code), ISSUED,
                expires == null ? null : LocalDate.parse(expires), status));
        return this;
    }

    CandidateCredentials build() {
        return new CandidateCredentials(licenses, certifications);
    }

    @Override
    public String toString() {
        return licenses.size() + " licenses, " + certifications.size() + " certifications";
    }
}
