package com.excelmedical.staffing.jobs.masterdata;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** @param demandLevel 1 (low) to 10 (high) */
public record Specialty(UUID id, UUID professionId, String code, String name, String category,
                        List<String> requiredCertifications, int demandLevel, BigDecimal averageWeeklyPay) {
}
