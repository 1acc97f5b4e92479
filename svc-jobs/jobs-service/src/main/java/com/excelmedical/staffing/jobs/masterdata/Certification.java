package com.excelmedical.staffing.jobs.masterdata;

import java.util.UUID;

/** A certification the platform knows ({@code BLS}, {@code ACLS}); specialties require them by code. */
public record Certification(UUID id, String code, String name, String description) {
}
