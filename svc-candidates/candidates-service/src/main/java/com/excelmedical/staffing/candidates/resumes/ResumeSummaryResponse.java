package com.excelmedical.staffing.candidates.resumes;

import java.time.Instant;
import java.util.UUID;

/** A resume in a list: no file, no parsed fields. {@code acceptedAt} null until the candidate accepted some of it. */
public record ResumeSummaryResponse(UUID id, String fileName, String contentType, int sizeBytes, String sha256,
                                    double confidence, Instant createdAt, Instant acceptedAt) {

    static ResumeSummaryResponse of(StoredResume resume) {
        return new ResumeSummaryResponse(resume.id(), resume.fileName(), resume.type().mediaType(), resume.sizeBytes(),
                resume.sha256(), resume.confidence(), resume.createdAt(), resume.acceptedAt());
    }
}
