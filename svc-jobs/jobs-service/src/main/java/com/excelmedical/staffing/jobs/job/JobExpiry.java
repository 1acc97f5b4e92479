package com.excelmedical.staffing.jobs.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
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

    @Scheduled(fixedDelayString = "${jobs.expiry.interval}", initialDelayString = "${jobs.expiry.interval}")
    void onSchedule() {
        expireEndedBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** @return how many jobs expired */
    public int expireEndedBefore(LocalDate today) {
        int total = 0;
        int expired;
        do {
            expired = transactions.execute(status -> {
                Instant now = clock.instant();
                List<Job> ended = jobs.findOpenEndedBefore(today, BATCH);
                for (Job job : ended) {
                    JobStatus from = job.status();
                    job.expire(today, now);
                    events.publishEvent(JobEvents.statusChanged(job, from, now));
                }
                jobs.saveAllAndFlush(ended);
                return ended.size();
            });
            total += expired;
        } while (expired == BATCH);
        if (total > 0) {
            log.info("expired {} jobs whose end date was before {}", total, today);
        }
        return total;
    }
}
