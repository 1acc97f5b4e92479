package com.excelmedical.staffing.candidates.resumes;

import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ResumeStore} in PostgreSQL: table {@code candidate_resumes}, the file in a {@code bytea} column. */
@Repository
class JdbcResumeStore implements ResumeStore {

    private static final String COLUMNS = """
            id, candidate_id, file_name, content_type, size_bytes, sha256, parsed_fields::text AS parsed_fields,
            parse_confidence, accepted_at, created_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<StoredResume> row;

    JdbcResumeStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.row = (rs, n) -> new StoredResume(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getString("file_name"), type(rs.getString("content_type")), rs.getInt("size_bytes"), rs.getString("sha256"),
                json.readValue(rs.getString("parsed_fields"), ParsedFields.class), rs.getDouble("parse_confidence"),
                instant(rs.getTimestamp("accepted_at")), instant(rs.getTimestamp("created_at")));
    }

    @Override
    public Optional<StoredResume> insert(NewResume resume) {
        int inserted = jdbc.sql("""
                        INSERT INTO candidate_resumes (id, candidate_id, file_name, content_type, size_bytes, sha256, content,
                                                       text_content, parsed_fields, parse_confidence, created_at)
                        VALUES (:id, :candidate, :name, :type, :size, :sha, :content, :text, CAST(:parsed AS jsonb), :confidence, :at)
                        ON CONFLICT (candidate_id, sha256) DO NOTHING""")
                .param("id", resume.id())
                .param("candidate", resume.candidateId())
                .param("name", resume.fileName())
                .param("type", resume.type().mediaType())
                .param("size", resume.content().length)
                .param("sha", resume.sha256())
                .param("content", resume.content())
                .param("text", resume.text())
                .param("parsed", json.writeValueAsString(resume.parsedFields()))
                .param("confidence", resume.parsedFields().confidence())
                .param("at", Timestamp.from(resume.createdAt()))
                .update();
        return inserted == 0 ? Optional.empty() : find(resume.candidateId(), resume.id());
    }

    @Override
    public Optional<StoredResume> findBySha256(UUID candidateId, String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidate_resumes WHERE candidate_id = :candidate AND sha256 = :sha")
                .param("candidate", candidateId).param("sha", sha256).query(row).optional();
    }

    @Override
    public Optional<StoredResume> find(UUID candidateId, UUID resumeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidate_resumes WHERE id = :id AND candidate_id = :candidate")
                .param("id", resumeId).param("candidate", candidateId).query(row).optional();
    }

    @Override
    public Optional<StoredResume> findForUpdate(UUID candidateId, UUID resumeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidate_resumes WHERE id = :id AND candidate_id = :candidate FOR UPDATE")
                .param("id", resumeId).param("candidate", candidateId).query(row).optional();
    }

    @Override
    public Optional<ResumeFile> file(UUID candidateId, UUID resumeId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM candidate_resumes WHERE id = :id AND candidate_id = :candidate")
                .param("id", resumeId).param("candidate", candidateId)
                .query((rs, n) -> new ResumeFile(rs.getString("file_name"), type(rs.getString("content_type")), rs.getBytes("content")))
                .optional();
    }

    @Override
    public PageResponse<StoredResume> list(UUID candidateId, PageQuery page) {
        List<StoredResume> items = jdbc.sql("SELECT " + COLUMNS + """
                         FROM candidate_resumes WHERE candidate_id = :candidate
                        ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("candidate", candidateId).param("limit", page.size()).param("offset", page.offset())
                .query(row).list();
        long total = jdbc.sql("SELECT count(*) FROM candidate_resumes WHERE candidate_id = :candidate")
                .param("candidate", candidateId).query(Long.class).single();
        return PageResponse.of(items, page, total);
    }

    @Override
    public boolean delete(UUID candidateId, UUID resumeId) {
        return jdbc.sql("DELETE FROM candidate_resumes WHERE id = :id AND candidate_id = :candidate")
                .param("id", resumeId).param("candidate", candidateId).update() > 0;
    }

    @Override
    public void deleteAll(UUID candidateId) {
        jdbc.sql("DELETE FROM candidate_resumes WHERE candidate_id = :candidate").param("candidate", candidateId).update();
    }

    @Override
    public void markAccepted(UUID resumeId, Instant acceptedAt) {
        jdbc.sql("UPDATE candidate_resumes SET accepted_at = :at WHERE id = :id")
                .param("at", Timestamp.from(acceptedAt)).param("id", resumeId).update();
    }

    private static ResumeType type(String mediaType) {
        return Arrays.stream(ResumeType.values()).filter(t -> t.mediaType().equals(mediaType)).findFirst().orElseThrow();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
