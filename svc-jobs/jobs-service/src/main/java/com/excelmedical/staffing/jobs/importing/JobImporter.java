package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.jobs.job.JobStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports a LaborEdge feed in one transaction: rows are upserted by external id, rows whose content hash
 * is unchanged are not written, and a full feed closes the imported jobs it no longer lists. Events for
 * the written jobs are recorded on the rows and published by {@link PendingEventRelay} (ADR 0004).
 */
@Service
public class JobImporter {

    private static final Logger log = LoggerFactory.getLogger(JobImporter.class);

    private final FeedRows rows;
    private final ImportWriter writer;
    private final ImportReports reports;
    private final JsonMapper json;
    private final Clock clock;

    JobImporter(FeedRows rows, ImportWriter writer, ImportReports reports, JsonMapper json, Clock clock) {
        this.rows = rows;
        this.writer = writer;
        this.reports = reports;
        this.json = json;
        this.clock = clock;
    }

    /** Reads each element of {@code jobs} on its own, so that one malformed row is only that row's rejection. */
    @Transactional
    public ImportReport importFeed(JsonNode jobs, boolean fullFeed, String source, UUID requestedBy) {
        List<FeedJob> feed = new ArrayList<>();
        List<ImportReport.Rejection> unreadable = new ArrayList<>();
        for (JsonNode node : jobs) {
            try {
                feed.add(json.treeToValue(node, FeedJob.class));
            } catch (RuntimeException e) {
                JsonNode id = node.get("externalJobId");
                unreadable.add(new ImportReport.Rejection(id == null || id.isNull() ? null : id.asString(),
                        "unreadable row: " + rootMessage(e)));
            }
        }
        return importJobs(feed, unreadable, fullFeed, source, requestedBy);
    }

    @Transactional
    public ImportReport importJobs(List<FeedJob> feed, boolean fullFeed, String source, UUID requestedBy) {
        return importJobs(feed, List.of(), fullFeed, source, requestedBy);
    }

    private ImportReport importJobs(List<FeedJob> feed, List<ImportReport.Rejection> unreadable, boolean fullFeed, String source,
                                    UUID requestedBy) {
        Instant started = clock.instant();
        Map<String, ImportWriter.Existing> existing = fullFeed ? writer.existing()
                : writer.existing(feed.stream().map(FeedJob::externalJobId).filter(id -> id != null).map(String::trim).toList());
        List<ImportReport.Rejection> rejected = new ArrayList<>(unreadable);
        List<ImportWriter.Write> inserts = new ArrayList<>();
        List<ImportWriter.Write> updates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        for (FeedJob job : feed) {
            switch (rows.read(job)) {
                case FeedRows.Rejected r -> rejected.add(new ImportReport.Rejection(r.externalId(), r.reason()));
                case FeedRows.Accepted a -> {
                    ImportRow row = a.row();
                    if (!seen.add(row.externalId())) {
                        rejected.add(new ImportReport.Rejection(row.externalId(), "duplicate externalJobId in the feed"));
                        continue;
                    }
                    String hash = row.contentHash();
                    ImportWriter.Existing known = existing.get(row.externalId());
                    if (known == null) {
                        inserts.add(new ImportWriter.Write(UUID.randomUUID(), row, hash));
                    } else if (hash.equals(known.contentHash())) {
                        unchanged++;
                    } else {
                        updates.add(new ImportWriter.Write(known.id(), row, hash));
                    }
                }
            }
        }
        // rejected rows still count as listed: a row that could not be read now must not close its job
        rejected.stream().map(ImportReport.Rejection::externalId).filter(id -> id != null).forEach(seen::add);
        List<UUID> toClose = fullFeed ? existing.entrySet().stream()
                .filter(e -> !seen.contains(e.getKey()) && e.getValue().status().canMoveTo(JobStatus.CLOSED))
                .map(e -> e.getValue().id()).toList() : List.of();
        Instant now = clock.instant();
        writer.insert(inserts, now);
        writer.update(updates, now);
        writer.close(toClose, now);
        ImportReport report = new ImportReport(UUID.randomUUID(), source, fullFeed, started, clock.instant(),
                feed.size() + unreadable.size(), inserts.size(), updates.size(), toClose.size(), unchanged, rejected);
        reports.save(report, requestedBy);
        log.info("import {} ({}): {} created, {} updated, {} closed, {} unchanged, {} rejected", report.id(), source,
                report.created(), report.updated(), report.closed(), report.unchanged(), rejected.size());
        return report;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
