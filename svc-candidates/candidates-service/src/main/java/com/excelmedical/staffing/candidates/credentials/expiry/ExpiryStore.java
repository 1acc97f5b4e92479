package com.excelmedical.staffing.candidates.credentials.expiry;

import com.excelmedical.staffing.candidates.credentials.CredentialKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the expiry task reads and writes: expired credentials, the notices due and those recorded. */
@Repository
class ExpiryStore {

    private final JdbcClient jdbc;

    ExpiryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the credentials whose last valid day is before {@code today} {@code EXPIRED}; how many there were. */
    int markExpired(CredentialKind kind, LocalDate today, Instant now) {
        return jdbc.sql("UPDATE " + kind.table() + """
                         SET status = 'EXPIRED', updated_at = :now, version = version + 1
                        WHERE status <> 'EXPIRED' AND expires_on < :today""")
                .param("now", Timestamp.from(now)).param("today", today).update();
    }

    /**
     * Up to {@code limit} credentials, not expired, expiring within the horizon, whose tightest threshold
     * reached (as {@link NoticeThreshold#reachedWith}) has no notice for their expiry date yet.
     */
    List<DueNotice> due(LocalDate today, int limit) {
        return jdbc.sql("""
                        SELECT c.kind, c.id, c.candidate_id, c.name, c.expires_on, t.threshold
                        FROM (SELECT 'LICENSE' AS kind, id, candidate_id, license_type || ' license ' || state_code AS name, expires_on
                              FROM candidate_licenses
                              WHERE status <> 'EXPIRED' AND expires_on BETWEEN :today AND :horizon
                              UNION ALL
                              SELECT 'CERTIFICATION', id, candidate_id, certification_code, expires_on
                              FROM candidate_certifications
                              WHERE status <> 'EXPIRED' AND expires_on BETWEEN :today AND :horizon) c
                        CROSS JOIN LATERAL (SELECT CASE WHEN c.expires_on - CAST(:today AS date) <= 7 THEN 7
                                                        WHEN c.expires_on - CAST(:today AS date) <= 14 THEN 14
                                                        ELSE 30 END AS threshold) t
                        WHERE NOT EXISTS (SELECT 1 FROM credential_expiry_notices n
                                          WHERE n.credential_kind = c.kind AND n.credential_id = c.id
                                            AND n.threshold_days = t.threshold AND n.expires_on = c.expires_on)
                        ORDER BY c.expires_on, c.id
                        LIMIT :limit""")
                .param("today", today).param("horizon", today.plusDays(NoticeThreshold.HORIZON_DAYS)).param("limit", limit)
                .query((rs, n) -> new DueNotice(CredentialKind.valueOf(rs.getString("kind")), rs.getObject("id", UUID.class),
                        rs.getObject("candidate_id", UUID.class), rs.getString("name"), rs.getObject("expires_on", LocalDate.class),
                        NoticeThreshold.ofDays(rs.getInt("threshold"))))
                .list();
    }

    /**
     * Records the notice of {@code threshold} for the credential's expiry date; false when it was recorded
     * already (by an earlier run or another instance, which this call waits for when it is in flight).
     */
    boolean record(DueNotice notice, NoticeThreshold threshold, boolean published) {
        return jdbc.sql("""
                        INSERT INTO credential_expiry_notices (credential_kind, credential_id, threshold_days, expires_on,
                            candidate_id, published)
                        VALUES (:kind, :id, :threshold, :expiresOn, :candidate, :published)
                        ON CONFLICT DO NOTHING""")
                .param("kind", notice.kind().name()).param("id", notice.credentialId()).param("threshold", threshold.days())
                .param("expiresOn", notice.expiresOn()).param("candidate", notice.candidateId()).param("published", published)
                .update() == 1;
    }
}
