package com.excelmedical.staffing.candidates.applications;

/**
 * The answer to an application: the one just created, or the one a request with the same
 * {@code Idempotency-Key} created before ({@code replayed}). Both are answered 201 with the same body.
 */
record Submission(ApplicationResponse application, boolean replayed) {
}
