package com.excelmedical.staffing.local.demo;

import java.util.List;

/** An account of the demo data, with the password printed for people trying the platform. */
public record DemoAccount(String email, String password, String firstName, String lastName, Role role) {

    /** The roles svc-identity knows, as it spells them. */
    public enum Role {
        ADMIN("admin"), RECRUITER("recruiter"), EDITOR("editor"), CANDIDATE("candidate");

        private final String wire;

        Role(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    public static final DemoAccount RECRUITER_ONE = new DemoAccount("rita.recruiter@staffing.local", "demo recruiter one",
            "Rita", "Ramos", Role.RECRUITER);
    public static final DemoAccount RECRUITER_TWO = new DemoAccount("sam.recruiter@staffing.local", "demo recruiter two",
            "Sam", "Okafor", Role.RECRUITER);
    public static final DemoAccount EDITOR = new DemoAccount("eddie.editor@staffing.local", "demo editor passphrase",
            "Eddie", "Lindqvist", Role.EDITOR);
    /** Candidate A: refers B. */
    public static final DemoAccount CANDIDATE_A = new DemoAccount("anna.nurse@staffing.local", "demo candidate anna",
            "Anna", "Whitfield", Role.CANDIDATE);
    /** Candidate B: registered with A's referral code. */
    public static final DemoAccount CANDIDATE_B = new DemoAccount("ben.nurse@staffing.local", "demo candidate ben",
            "Ben", "Castillo", Role.CANDIDATE);

    /** Staff accounts, created by the admin. */
    public static List<DemoAccount> staff() {
        return List.of(RECRUITER_ONE, RECRUITER_TWO, EDITOR);
    }
}
