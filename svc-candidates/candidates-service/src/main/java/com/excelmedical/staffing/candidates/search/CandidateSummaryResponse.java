package com.excelmedical.staffing.candidates.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A candidate in a search result: what a recruiter needs to decide whom to open, and nothing of the
 * candidate's contact or personal data (no SSN, date of birth, email, phones or street address).
 *
 * @param licensedStates the states of the candidate's active, unexpired licenses
 * @param certifications the codes of the candidate's active, unexpired certifications
 * @param relevance      ts_rank_cd of the text query against the candidate's document; null without {@code q}
 */
public record CandidateSummaryResponse(UUID id, String firstName, String lastName, String city, String state, String specialty,
                                       List<String> professions, Integer yearsOfExperience, LocalDate availableFrom,
                                       List<String> licensedStates, List<String> certifications, Double relevance) {
}
