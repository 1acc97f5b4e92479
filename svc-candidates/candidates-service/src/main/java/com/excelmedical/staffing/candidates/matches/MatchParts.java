package com.excelmedical.staffing.candidates.matches;

/**
 * A match score's parts; the score is their sum (0-100). The most each part gives is its weight:
 * specialty 30, location 20, eligibility 25, pay 15, availability 10 (see {@code MatchQuery} for the rules).
 */
public record MatchParts(int specialty, int location, int pay, int eligibility, int availability) {

    public static final int SPECIALTY = 30;
    public static final int LOCATION = 20;
    public static final int PAY = 15;
    public static final int ELIGIBILITY = 25;
    public static final int AVAILABILITY = 10;

    public int score() {
        return specialty + location + pay + eligibility + availability;
    }
}
