package com.excelmedical.staffing.candidates.eligibility;

import java.util.List;

/** The licenses and certifications a candidate holds, whatever their state. */
public record CandidateCredentials(List<License> licenses, List<Certification> certifications) {

    public CandidateCredentials {
        licenses = List.copyOf(licenses);
        certifications = List.copyOf(certifications);
    }
}
