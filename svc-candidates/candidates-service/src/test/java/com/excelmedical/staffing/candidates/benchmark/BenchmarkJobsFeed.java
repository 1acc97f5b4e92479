package com.excelmedical.staffing.candidates.benchmark;

import com.excelmedical.staffing.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open travel jobs for the apply benchmark, imported into the real svc-jobs through its LaborEdge import route as an
 * admin ({@code POST /jobs/imports}), made from its own reference data (specialties, their profession and required
 * certifications, cities). External ids {@code APPLY-BENCH-<n>}, so a second run updates the same jobs.
 */
final class BenchmarkJobsFeed {

    static final String EXTERNAL_ID_PREFIX = "APPLY-BENCH-";
    private static final int BATCH = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String jobs;

    BenchmarkJobsFeed(String jobsServiceUrl) {
        this.jobs = jobsServiceUrl;
    }

    /** Imports {@code count} open jobs; every row must be accepted. */
    void importOpenJobs(int count) throws IOException, InterruptedException {
        List<JsonNode> specialties = items(get("/jobs/specialties"));
        List<JsonNode> cities = items(get("/jobs/cities"));
        Map<String, String> professions = new LinkedHashMap<>();
        items(get("/jobs/professions")).forEach(p -> professions.put(p.path("id").asString(), p.path("code").asString()));
        String admin = TestTokens.shared().forUser(UUID.randomUUID(), "admin");
        for (int first = 0; first < count; first += BATCH) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int n = first; n < Math.min(count, first + BATCH); n++) {
                rows.add(row(n, specialties.get(n % specialties.size()), cities.get(n % cities.size()), professions));
            }
            HttpRequest post = HttpRequest.newBuilder(URI.create(jobs + "/jobs/imports"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("fullFeed", false, "jobs", rows))))
                    .build();
            HttpResponse<String> answer = client.send(post, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            assertThat(JSON.readTree(answer.body()).path("rejected").size()).as(answer.body()).isZero();
        }
    }

    private static Map<String, Object> row(int n, JsonNode specialty, JsonNode city, Map<String, String> professions) {
        LocalDate start = LocalDate.now().plusDays(14 + n % 60);
        List<Map<String, Object>> certifications = new ArrayList<>();
        specialty.path("requiredCertifications").forEach(code -> certifications.add(Map.of(
                "certification", code.asString(), "forOnboarding", true, "forSubmittal", false)));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("externalJobId", EXTERNAL_ID_PREFIX + n);
        row.put("jobTitle", "Travel " + specialty.path("name").asString() + " - Days");
        row.put("description", "A 13-week travel assignment, 3 x 12-hour day shifts per week.");
        row.put("profession", professions.getOrDefault(specialty.path("professionId").asString(), "RN"));
        row.put("specialty", specialty.path("name").asString());
        row.put("jobType", "Travel");
        row.put("clientName", "Mercy General Hospital");
        row.put("clientCity", city.path("name").asString());
        row.put("clientStateCode", city.path("stateCode").asString());
        row.put("clientZip", "73301");
        row.put("startDate", start.toString());
        row.put("endDate", start.plusWeeks(13).toString());
        row.put("duration", 13);
        row.put("durationType", "WEEKS");
        row.put("jobStatusCode", "OPEN");
        row.put("shift", "Day");
        row.put("shiftStartTime1", "07:00");
        row.put("shiftEndTime1", "19:00");
        row.put("shiftsPerWeek1", 3);
        row.put("scheduledHrs1", 12);
        row.put("hourlyPay", 70 + n % 20);
        row.put("weeklyPay", 2_520 + 36 * (n % 20));
        row.put("noOfOpenings", 2);
        row.put("requiredCertifications", certifications);
        row.put("rates", List.of(Map.of("billRateCode", "REG", "rate", 95)));
        return row;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(jobs + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        assertThat(items).as("svc-jobs' reference data").isNotEmpty();
        return items;
    }
}
