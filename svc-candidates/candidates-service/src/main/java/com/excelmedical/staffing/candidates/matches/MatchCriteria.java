package com.excelmedical.staffing.candidates.matches;

import com.excelmedical.staffing.candidates.eligibility.LicenseType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the ranking query needs besides the tables: the candidate, their profile with the codes
 * resolved to svc-jobs' ids ({@code specialtyId} null when none or unknown), and from svc-jobs' reference
 * data the certifications each specialty requires and the license each profession asks for.
 */
record MatchCriteria(UUID candidateId, LocalDate today, MatchProfile profile, UUID specialtyId, List<UUID> professionIds,
                     Map<UUID, List<String>> requiredCertifications, Map<UUID, LicenseType> licenseTypes) {

    MatchCriteria {
        professionIds = List.copyOf(professionIds);
        requiredCertifications = Map.copyOf(requiredCertifications);
        licenseTypes = Map.copyOf(licenseTypes);
    }

    /** Whether the profile narrows the jobs considered (a specialty or a place); else every active job is scored. */
    boolean narrows() {
        return specialtyId != null || !profile.statesWanted().isEmpty();
    }
}
