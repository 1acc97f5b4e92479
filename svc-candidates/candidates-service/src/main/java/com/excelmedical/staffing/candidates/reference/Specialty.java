package com.excelmedical.staffing.candidates.reference;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;

import java.util.List;
import java.util.UUID;

/** A specialty of svc-jobs' reference data and the certifications every job in it requires. */
public record Specialty(UUID id, UUID professionId, String code, String name, List<CertificationCode> requiredCertifications) {

    public Specialty {
        requiredCertifications = List.copyOf(requiredCertifications);
    }
}
