package com.excelmedical.staffing.candidates.resumes.parsing;

/** Who the resume is about; each part null when not found. */
public record ContactInfo(ScoredText name, ScoredText email, ScoredText phone) {

    /** The mean confidence over the three parts, a missing part counting 0. */
    public double confidence() {
        return Confidence.of((score(name) + score(email) + score(phone)) / 3);
    }

    private static double score(ScoredText part) {
        return part == null ? 0 : part.confidence();
    }
}
