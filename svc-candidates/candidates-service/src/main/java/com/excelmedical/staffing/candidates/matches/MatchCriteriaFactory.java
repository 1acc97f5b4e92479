package com.excelmedical.staffing.candidates.matches;

import com.excelmedical.staffing.candidates.eligibility.LicenseType;
import com.excelmedical.staffing.candidates.reference.Profession;
import com.excelmedical.staffing.candidates.reference.ReferenceData;
import com.excelmedical.staffing.candidates.reference.Specialty;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Resolves a candidate's profile codes to svc-jobs' ids and adds what the reference data says about every job's requirements. */
@Component
class MatchCriteriaFactory {

    private final MatchProfiles profiles;
    private final ReferenceData reference;
    private final Clock clock;

    MatchCriteriaFactory(MatchProfiles profiles, ReferenceData reference, Clock clock) {
        this.profiles = profiles;
        this.reference = reference;
        this.clock = clock;
    }

    MatchCriteria of(UUID candidateId) {
        MatchProfile profile = profiles.of(candidateId);
        UUID specialtyId = reference.specialtyByCode(profile.specialty()).map(Specialty::id).orElse(null);
        Set<String> professionCodes = profile.professions().stream().map(code -> code.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<Profession> professions = reference.professions();
        List<UUID> professionIds = professions.stream()
                .filter(profession -> professionCodes.contains(profession.code().toUpperCase(Locale.ROOT)))
                .map(Profession::id).toList();
        Map<UUID, List<String>> required = new HashMap<>();
        reference.specialties().forEach(specialty -> required.put(specialty.id(),
                specialty.requiredCertifications().stream().map(Object::toString).toList()));
        Map<UUID, LicenseType> licenseTypes = new HashMap<>();
        professions.forEach(profession -> profession.licenseType().ifPresent(type -> licenseTypes.put(profession.id(), type)));
        return new MatchCriteria(candidateId, LocalDate.now(clock), profile, specialtyId, professionIds, required, licenseTypes);
    }
}
