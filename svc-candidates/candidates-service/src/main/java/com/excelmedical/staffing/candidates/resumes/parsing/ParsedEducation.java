package com.excelmedical.staffing.candidates.resumes.parsing;

/** A degree or diploma; any part null when not found. */
public record ParsedEducation(String degree, String institution, Integer year, double confidence) {

    public ParsedEducation {
        Confidence.check(confidence);
    }
}
