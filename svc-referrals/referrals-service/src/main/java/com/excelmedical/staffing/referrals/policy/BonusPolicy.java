package com.excelmedical.staffing.referrals.policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

/**
 * What a placement earns the referrer: the amount in a currency, and how many days after the placement
 * the bonus may be approved. A null specialty or job type matches any.
 */
public record BonusPolicy(UUID id, UUID specialtyId, String jobType, BigDecimal amount, String currency, int qualifyingDays) {

    public Duration qualifyingPeriod() {
        return Duration.ofDays(qualifyingDays);
    }
}
