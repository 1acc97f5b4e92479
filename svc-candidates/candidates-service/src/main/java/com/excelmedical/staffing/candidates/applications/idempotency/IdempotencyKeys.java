package com.excelmedical.staffing.candidates.applications.idempotency;

import com.excelmedical.staffing.candidates.applications.ApplicationsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The answers given to requests sent with an {@code Idempotency-Key}. A key is claimed by inserting its row
 * in the transaction that does the work: a second request with the same key at the same moment waits on
 * that row until the first commits (then replays its answer) or rolls back (then does the work itself).
 * A row older than the lifetime counts as absent and is deleted by {@link #purgeExpired()}.
 */
@Repository
public class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    IdempotencyKeys(JdbcClient jdbc, Clock clock, ApplicationsProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = properties.idempotencyKeyLifetime();
    }

    /**
     * The answer stored for the key, if a request with it has completed and the key has not expired.
     *
     * @throws IdempotencyKeyReusedException when the key came with another request
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<String> answered(IdempotencyKey key) {
        return jdbc.sql("""
                        SELECT request_hash, response::text AS response FROM idempotency_keys
                        WHERE candidate_id = :caller AND idempotency_key = :key AND created_at >= :cutoff
                        """)
                .param("caller", key.callerId()).param("key", key.value()).param("cutoff", cutoff())
                .query((rs, n) -> new Stored(rs.getString("request_hash"), rs.getString("response")))
                .optional()
                .map(stored -> stored.answerTo(key));
    }

    /**
     * Claims the key inside the caller's transaction: empty when the key is now this request's (do the work
     * and {@link #complete} it), else the answer another request stored under it (waits for it first).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> claim(IdempotencyKey key) {
        int claimed = jdbc.sql("""
                        INSERT INTO idempotency_keys (candidate_id, idempotency_key, request_hash, created_at)
                        VALUES (:caller, :key, :hash, :now)
                        ON CONFLICT (candidate_id, idempotency_key) DO UPDATE
                            SET request_hash = excluded.request_hash, response = NULL, created_at = excluded.created_at
                        WHERE idempotency_keys.created_at < :cutoff
                        """)
                .param("caller", key.callerId()).param("key", key.value()).param("hash", key.requestHash())
                .param("now", Timestamp.from(clock.instant())).param("cutoff", cutoff())
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return answered(key);
    }

    /** Stores the answer of the request that claimed the key, in the transaction that did the work. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(IdempotencyKey key, String answer) {
        jdbc.sql("""
                        UPDATE idempotency_keys SET response = CAST(:answer AS jsonb)
                        WHERE candidate_id = :caller AND idempotency_key = :key
                        """)
                .param("answer", answer).param("caller", key.callerId()).param("key", key.value())
                .update();
    }

    /** Deletes the keys past their lifetime; returns how many. */
    @Transactional
    public int purgeExpired() {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < :cutoff").param("cutoff", cutoff()).update();
    }

    private Timestamp cutoff() {
        return Timestamp.from(clock.instant().minus(lifetime));
    }

    private record Stored(String requestHash, String response) {

        String answerTo(IdempotencyKey key) {
            if (!requestHash.equals(key.requestHash())) {
                throw new IdempotencyKeyReusedException();
            }
            return response;
        }
    }
}
