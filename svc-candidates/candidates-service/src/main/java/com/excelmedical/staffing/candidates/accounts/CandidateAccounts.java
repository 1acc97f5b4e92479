package com.excelmedical.staffing.candidates.accounts;

import java.util.UUID;

/**
 * Finds the candidate behind a token. A candidate who calls before {@code UserRegistered} has been processed
 * is not told they have no profile: the row is created from the token's subject and completed when the
 * event arrives, whichever comes first, without duplicates.
 */
public interface CandidateAccounts {

    CandidateAccount ensure(UUID userId);
}
