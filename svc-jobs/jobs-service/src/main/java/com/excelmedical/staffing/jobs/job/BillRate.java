package com.excelmedical.staffing.jobs.job;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** An internal bill rate of a job (what the client pays); never part of a public response. */
@Embeddable
public record BillRate(@Column(name = "bill_rate_code") String code, @Column(name = "rate") BigDecimal rate) {
}
