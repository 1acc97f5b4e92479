package com.excelmedical.staffing.local.demo;

import tools.jackson.databind.JsonNode;

import java.util.Map;

/** svc-content's editorial workflow as the demo uses it: create a draft, submit it, publish it. */
final class ContentPages {

    static final String CREATED = "created";
    static final String FOUND = "found";

    private final GatewayClient gateway;
    private final String editor;

    ContentPages(GatewayClient gateway, String editorToken) {
        this.gateway = gateway;
        this.editor = editorToken;
    }

    /** Creates the page unless its slug is there, and carries it on to published; says whether it was created. */
    String publish(DemoPages.Page page) {
        GatewayClient.Answer existing = gateway.get("/api/content/pages/" + page.slug(), editor).requireStatus(200, 404);
        JsonNode current = existing.status() == 200 ? existing.body()
                : gateway.post("/api/content/pages", page.body(), editor).requireStatus(201).body();
        String id = current.path("id").asString();
        String status = current.path("status").asString();
        if ("draft".equals(status)) {
            status = gateway.post("/api/content/pages/" + id + "/submit", Map.of(), editor).requireStatus(200).body()
                    .path("status").asString();
        }
        if ("in_review".equals(status)) {
            gateway.post("/api/content/pages/" + id + "/publish", Map.of(), editor).requireStatus(200);
        }
        return existing.status() == 200 ? FOUND : CREATED;
    }
}
