package com.excelmedical.staffing.jobs.alerts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record AlertResponse(UUID id, String name, String q, List<UUID> specialtyIds, List<String> stateCodes, List<UUID> cityIds,
                            List<String> jobTypes, List<String> shifts, String minWeeklyPay, String frequency, boolean active,
                            Instant lastMatchedAt, Instant createdAt) {
}
