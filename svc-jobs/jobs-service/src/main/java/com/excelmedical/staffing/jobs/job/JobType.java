package com.excelmedical.staffing.jobs.job;

import java.util.Optional;

/** How a job is contracted: {@code travel}, {@code perm}, {@code per_diem}, {@code local}. */
public enum JobType {
    TRAVEL, PERM, PER_DIEM, LOCAL;

    public String code() {
        return Codes.of(this);
    }

    public static Optional<JobType> fromCode(String code) {
        return Codes.parse(JobType.class, code);
    }
}
