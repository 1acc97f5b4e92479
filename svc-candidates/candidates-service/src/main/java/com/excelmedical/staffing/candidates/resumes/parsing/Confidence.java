package com.excelmedical.staffing.candidates.resumes.parsing;

/** Confidence figures are between 0 and 1, rounded to two decimals. */
final class Confidence {

    private Confidence() {
    }

    static void check(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("a confidence lies between 0 and 1: " + confidence);
        }
    }

    static double of(double raw) {
        return Math.round(Math.clamp(raw, 0.0, 1.0) * 100) / 100.0;
    }
}
