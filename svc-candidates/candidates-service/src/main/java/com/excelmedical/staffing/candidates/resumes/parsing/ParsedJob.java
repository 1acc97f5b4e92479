package com.excelmedical.staffing.candidates.resumes.parsing;

import java.time.YearMonth;

/**
 * One position in the work history; {@code title} or {@code employer} null when not recognised,
 * {@code end} null while {@code current}.
 */
public record ParsedJob(String title, String employer, YearMonth start, YearMonth end, boolean current, double confidence) {

    public ParsedJob {
        Confidence.check(confidence);
    }
}
