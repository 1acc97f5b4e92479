package com.excelmedical.staffing.local.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * About 2,000 realistic jobs through the LaborEdge import route ({@code POST /api/jobs/imports}, admin), in
 * batches that stay under the gateway's request size limit. Skipped when the active jobs are already there.
 */
final class DemoJobs implements DemoStep {

    static final int JOBS = 2_000;
    private static final int BATCH = 250;
    private static final long SEED = 17;

    @Override
    public String name() {
        return "jobs";
    }

    @Override
    public Set<String> needs() {
        return Set.of("identity", "jobs");
    }

    @Override
    public String load(DemoContext context) {
        GatewayClient gateway = context.gateway();
        long active = gateway.get("/api/jobs?size=1", null).requireStatus(200).body().path("totalItems").asLong();
        if (active >= JOBS) {
            return active + " active jobs already there";
        }
        DemoFeed feed = new DemoFeed(gateway.get("/api/jobs/specialties", null).requireStatus(200).body(),
                gateway.get("/api/jobs/cities", null).requireStatus(200).body(),
                gateway.get("/api/jobs/professions", null).requireStatus(200).body(), LocalDate.now());
        String admin = context.adminToken();
        int created = 0;
        int rejected = 0;
        for (int first = 1; first <= JOBS; first += BATCH) {
            var report = gateway.post("/api/jobs/imports", Map.of("fullFeed", false, "jobs", feed.rows(first, BATCH, SEED)),
                    admin).requireStatus(201).body();
            created += report.path("created").asInt() + report.path("updated").asInt() + report.path("unchanged").asInt();
            rejected += report.path("rejected").size();
        }
        return "imported " + created + " jobs" + (rejected > 0 ? ", " + rejected + " rejected" : "");
    }
}
