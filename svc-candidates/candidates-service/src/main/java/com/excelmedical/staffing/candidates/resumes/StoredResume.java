package com.excelmedical.staffing.candidates.resumes;

import java.time.Instant;
import java.util.UUID;

/** A stored resume without its bytes: what lists and reads show. {@code acceptedAt} null until accepted. */
public record StoredResume(UUID id, UUID candidateId, String fileName, ResumeType type, int sizeBytes, String sha256,
                           ParsedFields parsedFields, double confidence, Instant acceptedAt, Instant createdAt) {
}
