package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.jobs.job.Job;
import com.excelmedical.staffing.jobs.job.JobEvents;
import com.excelmedical.staffing.jobs.job.JobRepository;
import com.excelmedical.staffing.jobs.job.JobStatus;
import com.excelmedical.staffing.jobs.JobsProperties;
import com.excelmedical.staffing.jobs.support.Batches;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes the events the import recorded on job rows ({@code jobs.pending_event}, {@link PendingEvent}), a batch per
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

    /** @return how many events were recorded for publication */
    public synchronized int publishPending() {
        return Batches.drain(transactions, batchSize, this::publishBatch);
    }

    private record Pending(PendingEvent event, JobStatus from) {
    }

    private int publishBatch() {
        Map<UUID, Pending> pending = new LinkedHashMap<>();
        jdbc.query("""
                select id, pending_event, pending_from_status from jobs where pending_event is not null
                order by updated_at limit ? for update skip locked""", rs -> {
            UUID id = rs.getObject(1, UUID.class);
            String code = rs.getString(2);
            // the column accepts only known events; should one slip in, the batch fails and nothing is cleared
            PendingEvent event = PendingEvent.fromCode(code)
                    .orElseThrow(() -> new IllegalStateException("unknown pending event " + code + " on job " + id));
            String from = rs.getString(3);
            pending.put(id, new Pending(event, from == null ? null : JobStatus.fromCode(from).orElseThrow()));
        }, batchSize);
        if (pending.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        for (Job job : jobs.findAllById(pending.keySet())) {
            Pending p = pending.get(job.id());
            events.publishEvent(switch (p.event()) {
                case PUBLISHED -> JobEvents.published(job, now);
                case UPDATED -> JobEvents.updated(job, now);
                case STATUS_CHANGED -> JobEvents.statusChanged(job, p.from(), now);
            });
        }
        UUID[] ids = pending.keySet().toArray(UUID[]::new);
        jdbc.update("update jobs set pending_event = null, pending_from_status = null where id = any(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids)));
        return pending.size();
    }
}
