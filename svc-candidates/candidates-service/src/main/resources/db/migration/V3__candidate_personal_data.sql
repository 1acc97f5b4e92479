-- Sensitive personal data apart from the profile: each value AES-256-GCM encrypted by the service
-- (base64 of nonce | ciphertext | tag) beside the id of the key that sealed it, so keys rotate.
-- No plaintext ever reaches this table.
CREATE TABLE candidate_personal_data (
    candidate_id         uuid PRIMARY KEY REFERENCES candidates (id),
    ssn                  text,
    ssn_key_id           varchar(32),
    date_of_birth        text,
    date_of_birth_key_id varchar(32),
    updated_at           timestamptz NOT NULL,
    CHECK ((ssn IS NULL) = (ssn_key_id IS NULL)),
    CHECK ((date_of_birth IS NULL) = (date_of_birth_key_id IS NULL))
);

-- Every full read by staff: who, whose, which fields, when and why. Rows are never updated or deleted
-- by the service (kept through the candidate's erasure: they hold ids and the stated reason only).
CREATE TABLE personal_data_access_log (
    id           uuid PRIMARY KEY,
    candidate_id uuid          NOT NULL,
    accessed_by  uuid          NOT NULL,
    accessor_role varchar(20)  NOT NULL,
    fields       varchar(20)[] NOT NULL,
    reason       varchar(500)  NOT NULL,
    accessed_at  timestamptz   NOT NULL
);

CREATE INDEX personal_data_access_log_time ON personal_data_access_log (accessed_at DESC, id);
CREATE INDEX personal_data_access_log_candidate ON personal_data_access_log (candidate_id, accessed_at DESC);
