package com.excelmedical.staffing.candidates.accounts;

import java.util.UUID;

/**
 * Published in-process (a Spring application event, inside the transaction that erased the profile) so that
 * every feature erases the free text it keeps about the candidate in the same transaction.
 */
public record CandidateErased(UUID candidateId) {
}
