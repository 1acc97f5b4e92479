package com.excelmedical.staffing.candidates.credentials.expiry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The expiry task's meters: notices published by threshold (counted after commit), credentials marked
 * expired, runs by outcome, and the time of the last successful run (NaN until the first one) to alert on.
 */
@Component
class ExpiryMetrics {

    private final Map<NoticeThreshold, Counter> published = new EnumMap<>(NoticeThreshold.class);
    private final Counter expired;
    private final Counter succeeded;
    private final Counter failed;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();

    ExpiryMetrics(MeterRegistry meters) {
        for (NoticeThreshold threshold : NoticeThreshold.values()) {
            published.put(threshold, Counter.builder("candidates.credentials.expiring.published")
                    .description("CredentialExpiring notices recorded for publication, by days before expiry")
                    .tag("threshold", String.valueOf(threshold.days())).register(meters));
        }
        expired = Counter.builder("candidates.credentials.expired").description("Credentials marked expired").register(meters);
        succeeded = runs(meters, "success");
        failed = runs(meters, "failure");
        Gauge.builder("candidates.credentials.expiry.last.success", lastSuccess,
                        last -> last.get() == null ? Double.NaN : last.get().getEpochSecond())
                .description("When the credential expiry task last completed (Unix time)").baseUnit("seconds").register(meters);
    }

    private static Counter runs(MeterRegistry meters, String outcome) {
        return Counter.builder("candidates.credentials.expiry.runs").description("Runs of the credential expiry task")
                .tag("outcome", outcome).register(meters);
    }

    /** Counts the notice once the transaction that recorded it commits. */
    void publishedAfterCommit(NoticeThreshold threshold) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                published.get(threshold).increment();
            }
        });
    }

    void expired(int count) {
        expired.increment(count);
    }

    void succeeded(Instant at) {
        succeeded.increment();
        lastSuccess.set(at);
    }

    void failed() {
        failed.increment();
    }
}
