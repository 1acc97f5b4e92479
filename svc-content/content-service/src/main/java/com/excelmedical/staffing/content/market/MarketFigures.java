package com.excelmedical.staffing.content.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The live figures of one market: open jobs, weekly pay min / median / max (of the open jobs that state a
 * weekly pay; null when none does), and the newest open postings.
 */
public record MarketFigures(long version, int openJobs, BigDecimal weeklyPayMin, BigDecimal weeklyPayMedian,
                            BigDecimal weeklyPayMax, List<Posting> newest) {

    public record Posting(UUID jobId, String title, String facilityName, BigDecimal weeklyPay, Instant publishedAt) {
    }

    static MarketFigures empty(long version) {
        return new MarketFigures(version, 0, null, null, null, List.of());
    }

    /** The median of sorted values: the middle one, or the mean of the two middle ones (rounded half up to the cent). */
    static Long median(long[] sorted) {
        if (sorted.length == 0) {
            return null;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2.0);
    }

    static BigDecimal money(Long cents) {
        return cents == null ? null : BigDecimal.valueOf(cents, 2);
    }
}
