package com.excelmedical.staffing.candidates.resumes;

/**
 * Bounds on what reading one resume may cost.
 *
 * @param maxBytes             the largest upload accepted
 * @param maxInflatedBytes     the most a DOCX may inflate to, all entries together
 * @param maxInflatedEntryBytes the most one DOCX entry may inflate to
 * @param maxInflateRatio      inflated bytes per compressed byte, checked past the first megabyte
 * @param maxZipEntries        the most entries a DOCX may have
 * @param maxPages             PDF pages read; later pages are left out
 * @param maxTextChars         characters of text kept; the rest is left out
 */
public record ResumeLimits(long maxBytes, long maxInflatedBytes, long maxInflatedEntryBytes, int maxInflateRatio,
                           int maxZipEntries, int maxPages, int maxTextChars) {

    public static final ResumeLimits DEFAULTS =
            new ResumeLimits(5L * 1024 * 1024, 64L * 1024 * 1024, 32L * 1024 * 1024, 100, 1_000, 30, 200_000);

    public ResumeLimits {
        if (maxBytes <= 0 || maxInflatedBytes <= 0 || maxInflatedEntryBytes <= 0 || maxInflateRatio <= 0
                || maxZipEntries <= 0 || maxPages <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("every resume limit must be positive");
        }
    }
}
