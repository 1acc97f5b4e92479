package com.excelmedical.staffing.content.reference;

import java.util.UUID;

/** A specialty as svc-jobs knows it: its id there, code, name, and the slug landing pages use. */
public record Specialty(UUID id, String code, String name, String slug) {
}
