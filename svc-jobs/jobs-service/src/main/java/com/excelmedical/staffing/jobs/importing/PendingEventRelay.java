package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.jobs.job.Job;
import com.excelmedical.staffing.jobs.job.JobEvents;
import com.excelmedical.staffing.jobs.job.JobRepository;
import com.excelmedical.staffing.jobs.job.JobStatus;
import com.excelmedical.staffing.jobs.JobsProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes the events the import recorded on job rows ({@code jobs.pending_event}), a batch per
 * transaction: the events go to the outbox and the marks are cleared together, so each event is
 * recorded exactly once even if the service stops in between (ADR 0004).
 */
@Component
public class PendingEventRelay {

    private final JdbcTemplate jdbc;
    private final JobRepository jobs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;

    PendingEventRelay(JdbcTemplate jdbc, JobRepository jobs, ApplicationEventPublisher events, TransactionTemplate transactions,
                      Clock clock, JobsProperties properties) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = properties.events().relayBatchSize();
    }

    @Scheduled(fixedDelayString = "${jobs.events.relay-interval}")
    void onSchedule() {
        publishPending();
    }

    /** @return how many events were recorded for publication */
    public synchronized int publishPending() {
        int total = 0;
        int published;
        do {
            published = transactions.execute(status -> publishBatch());
            total += published;
        } while (published == batchSize);
        return total;
    }

    private int publishBatch() {
        Map<UUID, String> pending = new LinkedHashMap<>();
        jdbc.query("select id, pending_event from jobs where pending_event is not null order by updated_at limit ? for update skip locked",
                rs -> {
                    pending.put(rs.getObject(1, UUID.class), rs.getString(2));
                }, batchSize);
        if (pending.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        for (Job job : jobs.findAllById(pending.keySet())) {
            String event = pending.get(job.id());
            if (event.equals("JobPublished")) {
                events.publishEvent(JobEvents.published(job, now));
            } else if (event.equals("JobUpdated")) {
                events.publishEvent(JobEvents.updated(job, now));
            } else if (event.startsWith("JobStatusChanged:")) {
                JobStatus from = JobStatus.fromCode(event.substring("JobStatusChanged:".length())).orElse(JobStatus.ACTIVE);
                events.publishEvent(JobEvents.statusChanged(job, from, now));
            }
        }
        UUID[] ids = pending.keySet().toArray(UUID[]::new);
        jdbc.update("update jobs set pending_event = null where id = any(?)", ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids)));
        return pending.size();
    }
}
