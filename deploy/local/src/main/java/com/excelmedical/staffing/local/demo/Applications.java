package com.excelmedical.staffing.local.demo;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** svc-candidates' application routes as the demo steps use them: apply, list one's own, move along the workflow. */
final class Applications {

    /** The workflow from a new application up to a placement, in order. */
    static final List<String> TO_PLACED = List.of("reviewing", "interview", "offered", "placed");

    private final GatewayClient gateway;

    Applications(GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** Applies ({@code POST /api/candidates/applications}) and returns the new application's id. */
    String apply(String candidateToken, String jobId) {
        return gateway.post("/api/candidates/applications", Map.of("jobId", jobId, "note", "Available from next month."),
                candidateToken).requireStatus(201).body().path("id").asString();
    }

    /** The caller's own applications, newest first (at most 100). */
    List<JsonNode> mine(String candidateToken) {
        List<JsonNode> items = new ArrayList<>();
        gateway.get("/api/candidates/applications?size=100", candidateToken).requireStatus(200).body().path("items")
                .forEach(items::add);
        return items;
    }

    /** Moves an application through each of {@code statuses} in turn, as staff; a rejection carries a reason. */
    void move(String staffToken, String applicationId, List<String> statuses) {
        for (String status : statuses) {
            Map<String, Object> body = "rejected".equals(status)
                    ? Map.of("status", status, "reason", "The facility chose a candidate with more experience.")
                    : Map.of("status", status, "note", "Moved to " + status + " after a call with the candidate.");
            gateway.post("/api/candidates/applications/" + applicationId + "/status", body, staffToken).requireStatus(200);
        }
    }

    /** Ids of active jobs from the search, in its order. */
    static List<String> activeJobIds(GatewayClient gateway, int count) {
        List<String> ids = new ArrayList<>();
        gateway.get("/api/jobs?sort=start&size=" + count, null).requireStatus(200).body().path("items")
                .forEach(job -> ids.add(job.path("id").asString()));
        if (ids.size() < count) {
            throw new IllegalStateException("only " + ids.size() + " active jobs, " + count + " wanted");
        }
        return ids;
    }
}
