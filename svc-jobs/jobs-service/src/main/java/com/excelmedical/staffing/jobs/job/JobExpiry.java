package com.excelmedical.staffing.jobs.job;

import com.excelmedical.staffing.jobs.support.Batches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Marks open jobs whose end date has passed as expired, in batches, each job with its event. */
@Component
public class JobExpiry {

    private static final Logger log = LoggerFactory.getLogger(JobExpiry.class);
    private static final int BATCH = 200;

    private final JobRepository jobs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    JobExpiry(JobRepository jobs, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.jobs = jobs;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Expires the open jobs whose end date was before today (UTC). */
    public void expireEnded() {
        expireEndedBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** @return how many jobs expired */
    public int expireEndedBefore(LocalDate today) {
        int total = Batches.drain(transactions, BATCH, () -> {
            Instant now = clock.instant();
            List<Job> ended = jobs.findOpenEndedBefore(today, BATCH);
            ended.forEach(job -> job.expire(today, now));
            jobs.saveAllAndFlush(ended);
            ended.forEach(job -> job.takeEvents().forEach(events::publishEvent));
            return ended.size();
        });
        if (total > 0) {
            log.info("expired {} jobs whose end date was before {}", total, today);
        }
        return total;
    }
}
