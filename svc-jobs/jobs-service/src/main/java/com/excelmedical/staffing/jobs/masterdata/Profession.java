package com.excelmedical.staffing.jobs.masterdata;

import java.util.UUID;

public record Profession(UUID id, String code, String name, String description) {
}
