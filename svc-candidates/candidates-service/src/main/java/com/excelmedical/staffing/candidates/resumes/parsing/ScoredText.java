package com.excelmedical.staffing.candidates.resumes.parsing;

import java.util.Objects;

/** A value read from a resume with how sure the parser is of it, 0 to 1. */
public record ScoredText(String value, double confidence) {

    public ScoredText {
        Objects.requireNonNull(value, "value");
        Confidence.check(confidence);
    }
}
