package com.excelmedical.staffing.candidates.resumes;

import com.excelmedical.staffing.candidates.credentials.CredentialOwners;
import com.excelmedical.staffing.candidates.resumes.parsing.ResumeParser;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Uploads, reads and deletions of a candidate's resumes. An upload is read and parsed before anything is
 * stored, so a refused file leaves no trace; the same file again (by its SHA-256) is the resume stored before.
 */
@Service
public class ResumeService {

    private final ResumeReader reader;
    private final ResumeParser parser;
    private final ResumeStore store;
    private final CredentialOwners owners;
    private final JdbcClient jdbc;
    private final Clock clock;

    ResumeService(ResumeReader reader, ResumeParser parser, ResumeStore store, CredentialOwners owners, JdbcClient jdbc,
                  Clock clock) {
        this.reader = reader;
        this.parser = parser;
        this.store = store;
        this.owners = owners;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @throws ResumeRefusedException when the file is not a readable PDF, DOCX or text of at most 5 MB */
    public Upload upload(UUID candidateId, byte[] content, String declaredName) {
        ResumeText text;
        try {
            text = reader.read(content, declaredName);
        } catch (ResumeRejected rejected) {
            throw ResumeRefusedException.of(rejected);
        }
        String sha256 = sha256(content);
        // a deactivated or erased candidate stores nothing more (409, as for the profile and credentials)
        owners.writer(candidateId);
        var existing = store.findBySha256(candidateId, sha256);
        if (existing.isPresent()) {
            return new Upload(existing.get(), false);
        }
        NewResume resume = new NewResume(UUID.randomUUID(), candidateId, FileNames.sanitise(declaredName), text.type(), content,
                sha256, text.text(), ParsedFields.of(parser.parse(text.text())), clock.instant());
        return store.insert(resume).map(stored -> new Upload(stored, true))
                // the same file uploaded at the same moment: the other upload stored it
                .orElseGet(() -> new Upload(store.findBySha256(candidateId, sha256).orElseThrow(), false));
    }

    public PageResponse<StoredResume> list(UUID candidateId, PageQuery page) {
        return store.list(candidateId, page);
    }

    /** A candidate's resumes for staff: 404 for a candidate this service does not know. */
    public PageResponse<StoredResume> listForStaff(UUID candidateId, PageQuery page) {
        boolean known = jdbc.sql("SELECT exists(SELECT 1 FROM candidates WHERE id = :id)").param("id", candidateId)
                .query(Boolean.class).single();
        if (!known) {
            throw new NotFoundException("candidate", candidateId);
        }
        return store.list(candidateId, page);
    }

    public StoredResume get(UUID candidateId, UUID resumeId) {
        return store.find(candidateId, resumeId).orElseThrow(() -> new NotFoundException("resume", resumeId));
    }

    public ResumeFile file(UUID candidateId, UUID resumeId) {
        return store.file(candidateId, resumeId).orElseThrow(() -> new NotFoundException("resume", resumeId));
    }

    public void delete(UUID candidateId, UUID resumeId) {
        if (!store.delete(candidateId, resumeId)) {
            throw new NotFoundException("resume", resumeId);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
