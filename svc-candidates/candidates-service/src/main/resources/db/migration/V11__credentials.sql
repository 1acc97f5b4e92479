-- A candidate's credentials: licenses, certifications, work experience and education, one row each.
-- Codes as elsewhere: two-letter state codes, certification codes from svc-jobs' reference data (BLS,
-- ACLS), enum names in upper case. Statuses: ACTIVE, PENDING (not yet in force), EXPIRED (set by the
-- daily expiry task once expires_on has passed). Verification (who, when, how) is cleared when the
-- candidate changes the number or the dates of a verified credential.

CREATE TABLE candidate_licenses (
    id                  uuid         PRIMARY KEY,
    candidate_id        uuid         NOT NULL REFERENCES candidates (id),
    license_type        varchar(10)  NOT NULL CHECK (license_type IN ('RN', 'LPN', 'APRN', 'OTHER')),
    state_code          char(2)      NOT NULL,
    license_number      varchar(40)  NOT NULL,
    multistate          boolean      NOT NULL DEFAULT false,
    issued_on           date         NOT NULL,
    expires_on          date         NOT NULL,
    status              varchar(10)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PENDING', 'EXPIRED')),
    verified_by         uuid,
    verified_at         timestamptz,
    verification_method varchar(20)  CHECK (verification_method IN ('PRIMARY_SOURCE', 'NURSYS', 'DOCUMENT', 'MANUAL')),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT candidate_licenses_one_per_type_and_state UNIQUE (candidate_id, license_type, state_code),
    CONSTRAINT candidate_licenses_dates CHECK (expires_on >= issued_on),
    CONSTRAINT candidate_licenses_compact_types CHECK (NOT multistate OR license_type IN ('RN', 'LPN')),
    CONSTRAINT candidate_licenses_verification CHECK ((verified_at IS NULL) = (verified_by IS NULL)
                                                      AND (verified_at IS NULL) = (verification_method IS NULL))
);
CREATE INDEX candidate_licenses_state ON candidate_licenses (state_code, candidate_id);
CREATE INDEX candidate_licenses_expiry ON candidate_licenses (expires_on) WHERE status <> 'EXPIRED';

CREATE TABLE candidate_certifications (
    id                  uuid         PRIMARY KEY,
    candidate_id        uuid         NOT NULL REFERENCES candidates (id),
    certification_code  varchar(30)  NOT NULL,
    issuing_body        varchar(200),
    credential_number   varchar(60),
    issued_on           date         NOT NULL,
    expires_on          date,
    status              varchar(10)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PENDING', 'EXPIRED')),
    verified_by         uuid,
    verified_at         timestamptz,
    verification_method varchar(20)  CHECK (verification_method IN ('PRIMARY_SOURCE', 'NURSYS', 'DOCUMENT', 'MANUAL')),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT candidate_certifications_one_per_code UNIQUE (candidate_id, certification_code),
    CONSTRAINT candidate_certifications_dates CHECK (expires_on IS NULL OR expires_on >= issued_on),
    CONSTRAINT candidate_certifications_verification CHECK ((verified_at IS NULL) = (verified_by IS NULL)
                                                            AND (verified_at IS NULL) = (verification_method IS NULL))
);
CREATE INDEX candidate_certifications_code ON candidate_certifications (certification_code, candidate_id);
CREATE INDEX candidate_certifications_expiry ON candidate_certifications (expires_on)
    WHERE status <> 'EXPIRED' AND expires_on IS NOT NULL;

CREATE TABLE candidate_work_experiences (
    id               uuid          PRIMARY KEY,
    candidate_id     uuid          NOT NULL REFERENCES candidates (id),
    employer         varchar(200)  NOT NULL,
    title            varchar(200)  NOT NULL,
    specialty        varchar(40),
    city             varchar(100),
    state_code       char(2),
    started_on       date          NOT NULL,
    ended_on         date,
    responsibilities varchar(4000),
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    version          bigint        NOT NULL DEFAULT 0,
    CONSTRAINT candidate_work_experiences_dates CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX candidate_work_experiences_candidate ON candidate_work_experiences (candidate_id, started_on DESC);

CREATE TABLE candidate_education (
    id           uuid          PRIMARY KEY,
    candidate_id uuid          NOT NULL REFERENCES candidates (id),
    institution  varchar(200)  NOT NULL,
    degree       varchar(100),
    field        varchar(100),
    started_on   date,
    completed_on date,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    version      bigint        NOT NULL DEFAULT 0,
    CONSTRAINT candidate_education_dates CHECK (completed_on IS NULL OR started_on IS NULL OR completed_on >= started_on)
);
CREATE INDEX candidate_education_candidate ON candidate_education (candidate_id);
