package com.excelmedical.staffing.local;

import com.excelmedical.staffing.local.demo.DemoAccount;
import com.excelmedical.staffing.local.demo.GatewayClient;
import com.excelmedical.staffing.local.demo.ReferralCodes;
import tools.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The headline journey through the gateway, one method a step, each building on the ones before: A registers,
 * B registers with A's referral code, a recruiter posts an active job, B finds it and applies, the recruiter
 * moves the application to placed; then A's referral shows placed with one pending reward, B's history shows
 * every step, the job has one opening fewer and the landing page of the job's specialty and city counts it.
 * What other services learn through events is waited for, within a bound.
 */
final class Journey {

    /** How long what travels by events (placement to reward, openings, market figures) may take. */
    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final List<String> TO_PLACED = List.of("reviewing", "interview", "offered", "placed");

    private final GatewayClient gateway;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String tokenA;
    private String tokenB;
    private String recruiter;
    private String referralCodeOfA;
    private String jobId;
    private String jobTitle;
    private JsonNode specialty;
    private JsonNode city;
    private String applicationId;

    Journey(GatewayClient gateway) {
        this.gateway = gateway;
    }

    void aRegisters() {
        tokenA = register("a", null);
        referralCodeOfA = ReferralCodes.of(gateway, true, tokenA, "Alex" + run);
    }

    void bRegistersWithTheReferralCodeOfA() {
        tokenB = register("b", referralCodeOfA);
        JsonNode me = gateway.get("/api/identity/me", tokenB).requireStatus(200).body();
        assertThat(me.path("roles").toString()).contains("candidate");
    }

    void aRecruiterPostsAnActiveJob() {
        recruiter = gateway.signIn(DemoAccount.RECRUITER_ONE.email(), DemoAccount.RECRUITER_ONE.password());
        specialty = gateway.get("/api/jobs/specialties", null).requireStatus(200).body().path("items").get(0);
        city = gateway.get("/api/jobs/cities", null).requireStatus(200).body().path("items").get(0);
        jobTitle = "Travel " + specialty.path("name").asString() + " RN - journey " + run;
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("title", jobTitle);
        job.put("facilityName", "Journey Memorial Hospital");
        job.put("jobType", "travel");
        job.put("specialtyId", specialty.path("id").asString());
        job.put("stateCode", city.path("stateCode").asString());
        job.put("cityId", city.path("id").asString());
        job.put("startDate", LocalDate.now().plusDays(21).toString());
        job.put("durationWeeks", 13);
        job.put("weeklyPay", "2450.00");
        job.put("openings", 2);
        job.put("status", "active");
        JsonNode created = gateway.post("/api/jobs", job, recruiter).requireStatus(201).body();
        assertThat(created.path("status").asString()).isEqualTo("active");
        jobId = created.path("id").asString();
    }

    void bFindsTheJob() {
        JsonNode job = gateway.get("/api/jobs/" + jobId, tokenB).requireStatus(200).body();
        assertThat(job.path("status").asString()).isEqualTo("active");
        assertThat(job.path("openings").asInt()).isEqualTo(2);
        JsonNode found = gateway.get("/api/jobs?q=journey%20" + run, tokenB).requireStatus(200).body();
        assertThat(found.path("items").toString()).contains(jobId);
    }

    void bApplies() {
        JsonNode application = gateway.post("/api/candidates/applications", Map.of("jobId", jobId), tokenB)
                .requireStatus(201).body();
        assertThat(application.path("status").asString()).isEqualTo("submitted");
        applicationId = application.path("id").asString();
    }

    void theRecruiterMovesTheApplicationToPlaced() {
        for (String status : TO_PLACED) {
            JsonNode moved = gateway.post("/api/candidates/applications/" + applicationId + "/status",
                    Map.of("status", status), recruiter).requireStatus(200).body();
            assertThat(moved.path("status").asString()).isEqualTo(status);
        }
    }

    void aSeesTheReferralPlacedWithOnePendingReward() {
        await().atMost(EVENTS).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode referrals = gateway.get("/api/referrals/me", tokenA).requireStatus(200).body().path("items");
            assertThat(referrals).hasSize(1);
            assertThat(referrals.get(0).path("status").asString()).isEqualTo("placed");
            assertThat(referrals.get(0).path("reward").path("status").asString()).isEqualTo("pending");
        });
    }

    void bsHistoryShowsEveryStep() {
        List<String> steps = new ArrayList<>();
        gateway.get("/api/candidates/applications/" + applicationId + "/history", tokenB).requireStatus(200).body()
                .path("items").forEach(change -> steps.add(change.path("status").asString()));
        List<String> expected = new ArrayList<>(List.of("submitted"));
        expected.addAll(TO_PLACED);
        assertThat(steps).containsExactlyElementsOf(expected);
    }

    void theJobHasOneOpeningFewer() {
        await().atMost(EVENTS).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(gateway.get("/api/jobs/" + jobId, null).requireStatus(200).body().path("openings").asInt())
                        .isEqualTo(1));
    }

    void theLandingPageOfItsSpecialtyAndCityCountsIt() {
        String path = "/api/content/landing/" + slug(specialty.path("name").asString()) + "/"
                + city.path("stateCode").asString() + "/" + slug(city.path("name").asString());
        await().atMost(EVENTS).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            // a 404 until svc-content has the job: a landing page with no guide and no jobs does not exist yet
            GatewayClient.Answer answer = gateway.get(path, null);
            assertThat(answer.status()).as("landing page %s: %s", path, answer.text()).isEqualTo(200);
            JsonNode market = answer.body().path("market");
            assertThat(market.path("openJobs").asInt()).isPositive();
            List<String> postings = new ArrayList<>();
            market.path("newestPostings").forEach(posting -> postings.add(posting.path("title").asString()));
            assertThat(postings).contains(jobTitle);
        });
    }

    /** svc-content's slug of a name: accents dropped, lower case, anything but letters and digits a hyphen. */
    private static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private String register(String who, String referralCode) {
        String email = who + "-" + run + "@example.com";
        String password = "journey passphrase " + who;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("firstName", who.toUpperCase());
        body.put("lastName", "Journey");
        if (referralCode != null) {
            body.put("referralCode", referralCode);
        }
        body.put("consents", Map.of("dataProcessing", true));
        gateway.post("/api/identity/register", body, null).requireStatus(201);
        return gateway.signIn(email, password);
    }
}
