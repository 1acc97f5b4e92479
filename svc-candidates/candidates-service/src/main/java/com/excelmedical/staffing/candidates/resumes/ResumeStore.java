package com.excelmedical.staffing.candidates.resumes;

import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where resumes are kept: the file, its hash, its text and what was parsed from it, one per candidate and
 * content hash. Every read is scoped to the candidate, so another candidate's resume is simply not found.
 */
public interface ResumeStore {

    /** Stores the resume, or returns empty when the candidate already has one with the same hash. */
    Optional<StoredResume> insert(NewResume resume);

    Optional<StoredResume> findBySha256(UUID candidateId, String sha256);

    Optional<StoredResume> find(UUID candidateId, UUID resumeId);

    /** The resume locked until the transaction ends, so two accepts of one resume take turns. */
    Optional<StoredResume> findForUpdate(UUID candidateId, UUID resumeId);

    Optional<ResumeFile> file(UUID candidateId, UUID resumeId);

    /** Newest first. */
    PageResponse<StoredResume> list(UUID candidateId, PageQuery page);

    boolean delete(UUID candidateId, UUID resumeId);

    void deleteAll(UUID candidateId);

    void markAccepted(UUID resumeId, Instant acceptedAt);
}
