package com.excelmedical.staffing.platform.revocation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code staffing.revocations.applied{kind}}: revocations taken into the list; {@code
 * staffing.revocations.delay}: from the revocation in svc-identity to this instance refusing its tokens
 * (catching up after a start counts too); {@code staffing.revocations.lag}: records of the topic not read
 * yet; {@code staffing.revocations.entries}: the list's size.
 */
class RevocationMetrics {

    private final MeterRegistry registry;
    private final Timer delay;
    private final AtomicLong lag = new AtomicLong();

    RevocationMetrics(MeterRegistry registry, RevocationList revocations) {
        this.registry = registry;
        this.delay = Timer.builder("staffing.revocations.delay")
                .description("from a revocation in the identity service to this instance applying it")
                .publishPercentiles(0.5, 0.99).register(registry);
        Gauge.builder("staffing.revocations.lag", lag, AtomicLong::get)
                .description("records of the revocation topic not read yet").register(registry);
        Gauge.builder("staffing.revocations.entries", revocations, RevocationList::size)
                .description("revoked sessions and users held").register(registry);
    }

    void applied(RevocationKind kind, Instant occurredAt, Instant now) {
        Counter.builder("staffing.revocations.applied").tag("kind", kind.tag()).register(registry).increment();
        Duration elapsed = Duration.between(occurredAt, now);
        if (!elapsed.isNegative()) {
            delay.record(elapsed);
        }
    }

    void lag(long records) {
        lag.set(records);
    }
}
