package com.excelmedical.staffing.candidates.profile;

import java.time.LocalDate;
import java.util.Set;

/** Everything a candidate edits on their profile, already checked; null and empty mean "not given". */
public record ProfileDetails(String specialty, Set<String> professions, Integer yearsOfExperience, LocalDate availableFrom,
                             TravelStatus travelStatus, Set<String> preferredStates, Set<PreferredCity> preferredCities,
                             Set<JobType> jobTypes, Shift preferredShift, PayRange weeklyPay, Address address,
                             String cellPhone, String homePhone, boolean emailConsent, boolean smsConsent) {
}
