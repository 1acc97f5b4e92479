package com.excelmedical.staffing.jobs.views;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts job views in memory and adds them to {@code jobs.views_count} in one batch per interval and at
 * shutdown, so that reading a job never writes to the database. A crash loses at most one interval of
 * views, which is acceptable for a popularity counter.
 */
@Component
public class ViewCounter {

    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

    private final JdbcTemplate jdbc;
    private final ConcurrentHashMap<UUID, Long> pending = new ConcurrentHashMap<>();

    ViewCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID jobId) {
        pending.merge(jobId, 1L, Long::sum);
    }

    /** Views of the job not yet written, so that responses show the full count. */
    public long buffered(UUID jobId) {
        return pending.getOrDefault(jobId, 0L);
    }

    /** Writes the buffered views; returns how many views were written. */
    public synchronized long flush() {
        List<Object[]> batch = new ArrayList<>();
        long total = 0;
        for (UUID jobId : pending.keySet()) {
            // remove() takes the count atomically; a view arriving right after starts a new entry
            Long views = pending.remove(jobId);
            if (views != null && views > 0) {
                batch.add(new Object[]{views, jobId});
                total += views;
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("update jobs set views_count = views_count + ? where id = ?", batch);
            log.debug("flushed {} views of {} jobs", total, batch.size());
        }
        return total;
    }

    @PreDestroy
    void flushAtShutdown() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("could not write the last buffered job views", e);
        }
    }
}
