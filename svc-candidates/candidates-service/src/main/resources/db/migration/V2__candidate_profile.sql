-- The candidate's profile on the candidate row, and its lists in join tables (one row per value).
-- Codes are the platform's own: specialty and profession codes as svc-jobs publishes them (ICU, RN),
-- two-letter US state codes, enum names in upper case.

-- svc-identity accepts referral codes of up to 40 characters.
ALTER TABLE candidates ALTER COLUMN registered_referral_code TYPE varchar(40);

ALTER TABLE candidates
    ADD COLUMN specialty            varchar(40),
    ADD COLUMN years_of_experience  smallint     CHECK (years_of_experience BETWEEN 0 AND 60),
    ADD COLUMN available_from       date,
    ADD COLUMN travel_status        varchar(20)  CHECK (travel_status IN ('LOCAL_ONLY', 'OPEN_TO_TRAVEL', 'TRAVEL_ONLY')),
    ADD COLUMN preferred_shift      varchar(10)  CHECK (preferred_shift IN ('DAY', 'NIGHT', 'EVENING', 'ROTATING')),
    ADD COLUMN weekly_pay_min       numeric(10, 2),
    ADD COLUMN weekly_pay_max       numeric(10, 2),
    ADD COLUMN pay_currency         char(3),
    ADD COLUMN address_line1        varchar(200),
    ADD COLUMN address_line2        varchar(200),
    ADD COLUMN city                 varchar(100),
    ADD COLUMN state_code           char(2),
    ADD COLUMN zip                  varchar(10),
    ADD COLUMN country_code         char(2),
    ADD COLUMN cell_phone           varchar(20),
    ADD COLUMN home_phone           varchar(20),
    ADD COLUMN email_consent        boolean      NOT NULL DEFAULT false,
    ADD COLUMN sms_consent          boolean      NOT NULL DEFAULT false,
    ADD COLUMN consents_updated_at  timestamptz,
    ADD CONSTRAINT candidates_weekly_pay_range CHECK (weekly_pay_min IS NULL OR weekly_pay_max IS NULL
                                                      OR weekly_pay_min <= weekly_pay_max);

CREATE TABLE candidate_professions (
    candidate_id    uuid        NOT NULL REFERENCES candidates (id),
    profession_code varchar(20) NOT NULL,
    PRIMARY KEY (candidate_id, profession_code)
);

CREATE TABLE candidate_preferred_states (
    candidate_id uuid    NOT NULL REFERENCES candidates (id),
    state_code   char(2) NOT NULL,
    PRIMARY KEY (candidate_id, state_code)
);

CREATE TABLE candidate_preferred_cities (
    candidate_id uuid         NOT NULL REFERENCES candidates (id),
    name         varchar(100) NOT NULL,
    state_code   char(2)      NOT NULL,
    PRIMARY KEY (candidate_id, state_code, name)
);

CREATE TABLE candidate_job_types (
    candidate_id uuid        NOT NULL REFERENCES candidates (id),
    job_type     varchar(10) NOT NULL CHECK (job_type IN ('TRAVEL', 'PERM', 'PER_DIEM', 'LOCAL')),
    PRIMARY KEY (candidate_id, job_type)
);

-- Candidate search (by specialty and preferred state) reads these.
CREATE INDEX candidates_specialty ON candidates (specialty) WHERE specialty IS NOT NULL;
CREATE INDEX candidate_preferred_states_state ON candidate_preferred_states (state_code);
