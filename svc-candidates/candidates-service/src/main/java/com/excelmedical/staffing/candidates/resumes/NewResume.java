package com.excelmedical.staffing.candidates.resumes;

import java.time.Instant;
import java.util.UUID;

/** A resume read and parsed, ready to be stored. */
record NewResume(UUID id, UUID candidateId, String fileName, ResumeType type, byte[] content, String sha256, String text,
                 ParsedFields parsedFields, Instant createdAt) {
}
