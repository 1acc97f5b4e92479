package com.excelmedical.staffing.candidates.resumes;

import java.time.Instant;
import java.util.UUID;

/**
 * A resume with what was parsed from it (each part with its confidence, and the overall confidence);
 * nothing of it is in the profile until accepted ({@code acceptedAt}).
 */
public record ResumeResponse(UUID id, String fileName, String contentType, int sizeBytes, String sha256, double confidence,
                             ParsedFields parsedFields, Instant createdAt, Instant acceptedAt) {

    static ResumeResponse of(StoredResume resume) {
        return new ResumeResponse(resume.id(), resume.fileName(), resume.type().mediaType(), resume.sizeBytes(), resume.sha256(),
                resume.confidence(), resume.parsedFields(), resume.createdAt(), resume.acceptedAt());
    }
}
