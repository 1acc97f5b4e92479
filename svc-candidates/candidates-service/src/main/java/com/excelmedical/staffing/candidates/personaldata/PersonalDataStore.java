package com.excelmedical.staffing.candidates.personaldata;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sealed values in {@code candidate_personal_data}; plaintext never passes through here. */
@Repository
class PersonalDataStore {

    private static final RowMapper<StoredPersonalData> ROW = (rs, n) -> new StoredPersonalData(
            rs.getObject("candidate_id", UUID.class),
            Sealed.of(rs.getString("ssn_key_id"), rs.getString("ssn")),
            Sealed.of(rs.getString("date_of_birth_key_id"), rs.getString("date_of_birth")));

    private final JdbcClient jdbc;

    PersonalDataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredPersonalData> find(UUID candidateId) {
        return jdbc.sql("SELECT * FROM candidate_personal_data WHERE candidate_id = :id").param("id", candidateId)
                .query(ROW).optional();
    }

    /** The row locked until the transaction ends, so concurrent edits of one candidate's data take turns. */
    Optional<StoredPersonalData> findForUpdate(UUID candidateId) {
        return jdbc.sql("SELECT * FROM candidate_personal_data WHERE candidate_id = :id FOR UPDATE").param("id", candidateId)
                .query(ROW).optional();
    }

    void save(StoredPersonalData data, Instant now) {
        jdbc.sql("""
                        INSERT INTO candidate_personal_data (candidate_id, ssn, ssn_key_id, date_of_birth, date_of_birth_key_id, updated_at)
                        VALUES (:id, :ssn, :ssnKey, :dob, :dobKey, :now)
                        ON CONFLICT (candidate_id) DO UPDATE SET ssn = excluded.ssn, ssn_key_id = excluded.ssn_key_id,
                            date_of_birth = excluded.date_of_birth, date_of_birth_key_id = excluded.date_of_birth_key_id,
                            updated_at = excluded.updated_at""")
                .param("id", data.candidateId())
                .param("ssn", data.ssn() == null ? null : data.ssn().ciphertext())
                .param("ssnKey", data.ssn() == null ? null : data.ssn().keyId())
                .param("dob", data.dateOfBirth() == null ? null : data.dateOfBirth().ciphertext())
                .param("dobKey", data.dateOfBirth() == null ? null : data.dateOfBirth().keyId())
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * The next rows after {@code after} (in id order) holding a value sealed with another key than
     * {@code currentKeyId}, locked; rows another transaction holds are skipped (it writes with the current key).
     */
    List<StoredPersonalData> sealedWithOtherKeys(String currentKeyId, UUID after, int limit) {
        return jdbc.sql("""
                        SELECT * FROM candidate_personal_data
                        WHERE candidate_id > :after AND (ssn_key_id <> :current OR date_of_birth_key_id <> :current)
                        ORDER BY candidate_id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("after", after)
                .param("current", currentKeyId)
                .param("limit", limit)
                .query(ROW).list();
    }

    void delete(UUID candidateId) {
        jdbc.sql("DELETE FROM candidate_personal_data WHERE candidate_id = :id").param("id", candidateId).update();
    }

    boolean candidateExists(UUID candidateId) {
        return jdbc.sql("SELECT count(*) FROM candidates WHERE id = :id").param("id", candidateId)
                .query(Integer.class).single() > 0;
    }
}
