-- The first answer to a POST /candidates/applications sent with an Idempotency-Key, per caller: a retry
-- with the same key and body gets it again. The row is inserted in the transaction that creates the
-- application, so a second request with the same key waits on it and then replays the answer; a failed
-- first request leaves no row. Rows older than the key lifetime are deleted by a periodic task.
CREATE TABLE idempotency_keys (
    candidate_id   uuid         NOT NULL,
    idempotency_key varchar(255) NOT NULL,
    request_hash   varchar(64)  NOT NULL,
    response       jsonb,
    created_at     timestamptz  NOT NULL,
    PRIMARY KEY (candidate_id, idempotency_key)
);

CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
