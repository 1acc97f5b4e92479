package com.excelmedical.staffing.jobs.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What one import did; kept, and readable again by its id. */
public record ImportReport(UUID id, String source, boolean fullFeed, Instant startedAt, Instant finishedAt, int rowsRead,
                           int created, int updated, int closed, int unchanged, List<Rejection> rejected) {

    public record Rejection(String externalId, String reason) {
    }
}
