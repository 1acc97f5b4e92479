package com.excelmedical.staffing.local.demo;

import java.io.PrintStream;
import java.util.List;

/**
 * The demo data, one step per area, in order. A step runs when every service it needs is part of the run.
 * Steps for later areas take their place in {@link #STEPS} after the ones they build on: applications in
 * several states (svc-candidates, after the jobs), a referral carried to placement with its pending bonus
 * (svc-referrals, after the applications), city guides, specialty guides and landing pages (svc-content).
 */
public final class DemoData {

    static final List<DemoStep> STEPS = List.of(new StaffAccounts(), new CandidateAccounts(), new DemoJobs());

    private DemoData() {
    }

    public static void load(DemoContext context, PrintStream console) {
        for (DemoStep step : STEPS) {
            List<String> missing = step.needs().stream().filter(service -> !context.runs(service)).sorted().toList();
            if (!missing.isEmpty()) {
                console.printf("demo data: %-20s skipped (needs %s)%n", step.name(), String.join(", ", missing));
                continue;
            }
            long begin = System.nanoTime();
            String summary = step.load(context);
            console.printf("demo data: %-20s %s (%.1f s)%n", step.name(), summary, (System.nanoTime() - begin) / 1e9);
        }
    }

    /** Every demo account with its password, for the printout. */
    public static List<DemoAccount> accounts() {
        return List.of(DemoAccount.RECRUITER_ONE, DemoAccount.RECRUITER_TWO, DemoAccount.EDITOR,
                DemoAccount.CANDIDATE_A, DemoAccount.CANDIDATE_B);
    }
}
