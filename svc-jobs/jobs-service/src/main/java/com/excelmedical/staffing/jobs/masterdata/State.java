package com.excelmedical.staffing.jobs.masterdata;

/** A US state or DC; the two-letter code is its id. */
public record State(String code, String name) {
}
