package com.excelmedical.staffing.candidates.applications;

/** In which capacity someone moved an application; {@code system} is the platform itself (a job closed). */
public enum ActorRole {
    CANDIDATE("candidate"),
    RECRUITER("recruiter"),
    ADMIN("admin"),
    SYSTEM("system");

    private final String code;

    ActorRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ActorRole fromCode(String code) {
        for (ActorRole role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown actor role " + code);
    }

    public boolean isStaff() {
        return this == RECRUITER || this == ADMIN;
    }
}
