package com.excelmedical.staffing.local.demo;

import java.io.PrintStream;
import java.util.List;

/**
 * The demo data, one step per area, in order, each after the ones it builds on: staff and candidate accounts,
 * the jobs, applications in several states, a referral carried to placement with its pending bonus, and the
 * published city guides, specialty guides and pages. A step runs when every service it needs is part of the run.
 */
public final class DemoData {

    static final List<DemoStep> STEPS = List.of(new StaffAccounts(), new CandidateAccounts(), new DemoJobs(),
            new DemoApplications(), new DemoReferralPlacement(), new DemoContent());

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
