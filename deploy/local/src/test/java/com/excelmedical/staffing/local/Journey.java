package com.excelmedical.staffing.local;

import com.excelmedical.staffing.local.demo.DemoAccount;
import com.excelmedical.staffing.local.demo.GatewayClient;
import com.excelmedical.staffing.local.demo.ReferralCodes;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headline journey through the gateway, one method a step, each building on the ones before: A registers,
 * B registers with A's referral code, a recruiter posts an active job, B finds it. The steps of the areas that
 * come later follow in the same way: B applies, the recruiter moves the application to placed, A's referral
 * shows placed with one pending reward, B's history shows every step, the job has one opening fewer, the
 * landing page of the job's specialty and city counts it.
 */
final class Journey {

    private final GatewayClient gateway;
    private final boolean referralsRuns;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String tokenA;
    private String tokenB;
    private String referralCodeOfA;
    private String jobId;

    Journey(GatewayClient gateway, boolean referralsRuns) {
        this.gateway = gateway;
        this.referralsRuns = referralsRuns;
    }

    void aRegisters() {
        tokenA = register("a", null);
        referralCodeOfA = ReferralCodes.of(gateway, referralsRuns, tokenA, "Alex" + run);
    }

    void bRegistersWithTheReferralCodeOfA() {
        tokenB = register("b", referralCodeOfA);
        JsonNode me = gateway.get("/api/identity/me", tokenB).requireStatus(200).body();
        assertThat(me.path("roles").toString()).contains("candidate");
    }

    void aRecruiterPostsAnActiveJob() {
        String recruiter = gateway.signIn(DemoAccount.RECRUITER_ONE.email(), DemoAccount.RECRUITER_ONE.password());
        JsonNode specialty = gateway.get("/api/jobs/specialties", null).requireStatus(200).body().path("items").get(0);
        JsonNode city = gateway.get("/api/jobs/cities", null).requireStatus(200).body().path("items").get(0);
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("title", "Travel " + specialty.path("name").asString() + " RN - journey " + run);
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
