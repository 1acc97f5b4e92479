package com.excelmedical.staffing.local.demo;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Published pages by the editor: city guides of the three largest cities, guides of two specialties and two
 * general pages, each created, submitted and published ({@code /api/content/pages}). A page whose slug is
 * already there is only carried on to published.
 */
final class DemoContent implements DemoStep {

    private static final int CITIES = 3;
    private static final int SPECIALTIES = 2;

    @Override
    public String name() {
        return "content";
    }

    @Override
    public Set<String> needs() {
        return Set.of("identity", "jobs", "content");
    }

    @Override
    public String load(DemoContext context) {
        GatewayClient gateway = context.gateway();
        ContentPages pages = new ContentPages(gateway, context.token(DemoAccount.EDITOR));
        List<JsonNode> cities = StreamSupport.stream(gateway.get("/api/jobs/cities", null).requireStatus(200).body()
                        .path("items").spliterator(), false)
                .sorted(Comparator.comparingLong((JsonNode city) -> city.path("population").asLong()).reversed())
                .limit(CITIES).toList();
        List<JsonNode> specialties = StreamSupport.stream(gateway.get("/api/jobs/specialties", null).requireStatus(200)
                .body().path("items").spliterator(), false).limit(SPECIALTIES).toList();
        List<String> published = new ArrayList<>();
        for (JsonNode city : cities) {
            published.add(pages.publish(DemoPages.cityGuide(city.path("name").asString(), city.path("stateCode").asString())));
        }
        for (JsonNode specialty : specialties) {
            published.add(pages.publish(DemoPages.specialtyGuide(specialty.path("id").asString(),
                    specialty.path("name").asString())));
        }
        for (DemoPages.Page page : DemoPages.general()) {
            published.add(pages.publish(page));
        }
        long created = published.stream().filter(ContentPages.CREATED::equals).count();
        return published.size() + " published pages (" + (created == 0 ? "already there" : created + " created now") + ")";
    }
}
