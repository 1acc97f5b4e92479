package com.excelmedical.staffing.candidates.credentials.expiry;

import com.excelmedical.staffing.candidates.credentials.CredentialKind;
import com.excelmedical.staffing.candidates.events.CredentialExpiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The daily work on credentials: marks those past their expiry date {@code EXPIRED}, then tells the
 * candidate of each one expiring within 30, 14 or 7 days ({@link CredentialExpiring}). Each notice is a
 * row of {@code credential_expiry_notices} inserted in the transaction that records the event in the
 * outbox, under a key of credential, threshold and expiry date: however often the task runs, on however
 * many instances, and across restarts, a notice is published once.
 */
public class CredentialExpiry {

    private static final Logger log = LoggerFactory.getLogger(CredentialExpiry.class);

    private final ExpiryStore store;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ExpiryMetrics metrics;
    private final int batchSize;
    private final Clock clock;

    CredentialExpiry(ExpiryStore store, TransactionTemplate transactions, ApplicationEventPublisher events, ExpiryMetrics metrics,
                     int batchSize, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.events = events;
        this.metrics = metrics;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** One run for today's date; counted as a success or failure (the failure is thrown on). */
    public ExpiryRun run() {
        try {
            ExpiryRun run = runFor(LocalDate.now(clock));
            metrics.succeeded(clock.instant());
            if (run.expired() > 0 || run.notices() > 0) {
                log.info("credential expiry: {} marked expired, {} expiry notices published", run.expired(), run.notices());
            }
            return run;
        } catch (RuntimeException e) {
            metrics.failed();
            throw e;
        }
    }

    private ExpiryRun runFor(LocalDate today) {
        int expired = transactions.execute(status -> store.markExpired(CredentialKind.LICENSE, today, clock.instant())
                + store.markExpired(CredentialKind.CERTIFICATION, today, clock.instant()));
        metrics.expired(expired);
        int notices = 0;
        List<DueNotice> batch;
        do {
            batch = store.due(today, batchSize);
            List<DueNotice> due = batch;
            notices += transactions.execute(status -> notify(due, today));
        } while (batch.size() >= batchSize);
        return new ExpiryRun(expired, notices);
    }

    private int notify(List<DueNotice> due, LocalDate today) {
        int published = 0;
        for (DueNotice notice : due) {
            if (!store.record(notice, notice.threshold(), true)) {
                continue;
            }
            notice.threshold().wider().forEach(skipped -> store.record(notice, skipped, false));
            events.publishEvent(new CredentialExpiring(UUID.randomUUID(), clock.instant(), notice.candidateId(),
                    notice.kind().code(), notice.credentialId(), notice.name(), notice.expiresOn(), notice.threshold().days()));
            metrics.publishedAfterCommit(notice.threshold());
            published++;
        }
        return published;
    }
}
