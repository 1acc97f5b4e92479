package com.excelmedical.staffing.platform.test.sweep;

/** A bad request answered wrongly: a 5xx, a 4xx that is not problem details, or something stored. */
public record SweepFinding(String operation, String input, int status, String problem) {

    @Override
    public String toString() {
        return operation + " with " + input + " -> " + status + ": " + problem;
    }
}
