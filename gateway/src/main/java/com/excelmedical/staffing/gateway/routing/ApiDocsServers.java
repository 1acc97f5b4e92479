package com.excelmedical.staffing.gateway.routing;

import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.factory.rewrite.RewriteFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document names the service's own address as its server; seen through the
 * gateway, requests must go to {@code /api} instead ({@code /api} + {@code /jobs/...}).
 */
@Component
class ApiDocsServers implements RewriteFunction<String, String> {

    private final JsonMapper json;

    ApiDocsServers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Publisher<String> apply(ServerWebExchange exchange, String body) {
        if (body == null || body.isBlank()) {
            return Mono.empty();
        }
        try {
            JsonNode document = json.readTree(body);
            if (!(document instanceof ObjectNode object) || !object.has("openapi")) {
                return Mono.just(body);
            }
            object.putArray("servers").addObject().put("url", "/api").put("description", "the gateway");
            return Mono.just(json.writeValueAsString(object));
        } catch (JacksonException e) {
            return Mono.just(body);
        }
    }
}
