package com.excelmedical.staffing.local.demo;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * One referral carried to placement: B (registered with A's referral code) applies to one more job and a
 * recruiter moves the application to placed; then A's referrals ({@code GET /api/referrals/me}) show it placed
 * with a pending reward, which arrives through the events of svc-candidates: waited for, within a bound.
 * Skipped when A's referral is already placed.
 */
final class DemoReferralPlacement implements DemoStep {

    private static final Duration REWARD_WAIT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int JOBS_TO_CHOOSE_FROM = 20;

    @Override
    public String name() {
        return "referral placement";
    }

    @Override
    public Set<String> needs() {
        return Set.of("identity", "jobs", "candidates", "referrals");
    }

    @Override
    public String load(DemoContext context) {
        GatewayClient gateway = context.gateway();
        String tokenA = context.token(DemoAccount.CANDIDATE_A);
        if (placedReferral(gateway, tokenA).isPresent()) {
            return "already there";
        }
        Applications applications = new Applications(gateway);
        String tokenB = context.token(DemoAccount.CANDIDATE_B);
        List<JsonNode> ofB = applications.mine(tokenB);
        if (ofB.stream().noneMatch(application -> "placed".equals(application.path("status").asString()))) {
            List<String> appliedTo = ofB.stream().map(application -> application.path("jobId").asString()).toList();
            String jobId = Applications.activeJobIds(gateway, JOBS_TO_CHOOSE_FROM).stream()
                    .filter(id -> !appliedTo.contains(id)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("B applied to every job of the first search page"));
            String applicationId = applications.apply(tokenB, jobId);
            applications.move(context.token(DemoAccount.RECRUITER_ONE), applicationId, Applications.TO_PLACED);
        }
        long deadline = System.nanoTime() + REWARD_WAIT.toNanos();
        Optional<JsonNode> placed = placedReferral(gateway, tokenA);
        while (placed.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL.toNanos());
            placed = placedReferral(gateway, tokenA);
        }
        JsonNode reward = placed.orElseThrow(() -> new IllegalStateException("B was placed, but A's referral showed no "
                + "pending reward within " + REWARD_WAIT.toSeconds() + " s")).path("reward");
        return "B placed; A's reward " + reward.path("amount").asString() + " " + reward.path("currency").asString()
                + " " + reward.path("status").asString();
    }

    /** A's referral that reached placement and carries its reward, if there is one yet. */
    private static Optional<JsonNode> placedReferral(GatewayClient gateway, String tokenA) {
        for (JsonNode referral : gateway.get("/api/referrals/me", tokenA).requireStatus(200).body().path("items")) {
            if ("placed".equals(referral.path("status").asString()) && referral.path("reward").isObject()) {
                return Optional.of(referral);
            }
        }
        return Optional.empty();
    }
}
