package com.excelmedical.staffing.local.demo;

import java.util.List;
import java.util.Set;

/**
 * Candidates A and B apply to a few of the demo jobs and a recruiter moves most of them along: reviewing,
 * interview, offered, one rejected, one left submitted. Skipped when A already has applications.
 */
final class DemoApplications implements DemoStep {

    /** Per job of the search (in order): who applies and where the recruiter moves the application. */
    private record Plan(DemoAccount candidate, List<String> moves) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan(DemoAccount.CANDIDATE_A, List.of("reviewing")),
            new Plan(DemoAccount.CANDIDATE_A, List.of("reviewing", "interview")),
            new Plan(DemoAccount.CANDIDATE_A, List.of("reviewing", "rejected")),
            new Plan(DemoAccount.CANDIDATE_B, List.of("reviewing", "interview", "offered")),
            new Plan(DemoAccount.CANDIDATE_B, List.of()),
            new Plan(DemoAccount.CANDIDATE_B, List.of("rejected")));

    @Override
    public String name() {
        return "applications";
    }

    @Override
    public Set<String> needs() {
        return Set.of("identity", "jobs", "candidates");
    }

    @Override
    public String load(DemoContext context) {
        Applications applications = new Applications(context.gateway());
        if (!applications.mine(context.token(DemoAccount.CANDIDATE_A)).isEmpty()) {
            return "already there";
        }
        List<String> jobs = Applications.activeJobIds(context.gateway(), PLANS.size());
        String recruiter = context.token(DemoAccount.RECRUITER_ONE);
        for (int i = 0; i < PLANS.size(); i++) {
            Plan plan = PLANS.get(i);
            String applicationId = applications.apply(context.token(plan.candidate()), jobs.get(i));
            applications.move(recruiter, applicationId, plan.moves());
        }
        return PLANS.size() + " applications by A and B: reviewing, interview, offered, rejected, submitted";
    }
}
