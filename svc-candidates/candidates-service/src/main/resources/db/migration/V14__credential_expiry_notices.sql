-- The expiry notices sent (CredentialExpiring): one row per credential, threshold (30, 14, 7 days) and
-- expiry date, inserted in the transaction that records the event in the outbox. The primary key makes
-- each notice happen once however often, or on how many instances, the expiry task runs; a new expiry
-- date (a renewed credential) is a new key, so its notices start again.
CREATE TABLE credential_expiry_notices (
    credential_kind varchar(15)  NOT NULL CHECK (credential_kind IN ('LICENSE', 'CERTIFICATION')),
    credential_id   uuid         NOT NULL,
    threshold_days  smallint     NOT NULL CHECK (threshold_days IN (30, 14, 7)),
    expires_on      date         NOT NULL,
    candidate_id    uuid         NOT NULL,
    published       boolean      NOT NULL,
    noticed_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (credential_kind, credential_id, threshold_days, expires_on)
);
CREATE INDEX credential_expiry_notices_candidate ON credential_expiry_notices (candidate_id);
