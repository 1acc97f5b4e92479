package com.excelmedical.staffing.candidates.credentials.expiry;

import java.util.Arrays;
import java.util.List;

/**
 * How many days before expiry a candidate is told: 30, 14 and 7. A credential that reaches a threshold
 * late (entered with 10 days left, or the task missed days) is told once, with the tightest threshold
 * reached (7 for up to 7 days left, 14 for up to 14, else 30: {@code ExpiryStore#due}); the wider ones it
 * skipped are recorded as passed so they are never sent afterwards.
 */
public enum NoticeThreshold {
    DAYS_30(30), DAYS_14(14), DAYS_7(7);

    /** The widest threshold: the expiry task looks no further ahead. */
    public static final int HORIZON_DAYS = 30;

    private final int days;

    NoticeThreshold(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    public static NoticeThreshold ofDays(int days) {
        return Arrays.stream(values()).filter(threshold -> threshold.days == days).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no notice threshold of " + days + " days"));
    }

    /** The wider thresholds this one comes after. */
    public List<NoticeThreshold> wider() {
        return Arrays.stream(values()).filter(threshold -> threshold.days > days).toList();
    }
}
