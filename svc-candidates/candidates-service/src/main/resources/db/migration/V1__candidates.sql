-- One row per candidate user. The id is the identity user id: a candidate is created either by the
-- UserRegistered event or by the candidate's first call with a token, whichever comes first.
CREATE TABLE candidates (
    id                       uuid PRIMARY KEY,
    email                    varchar(254),
    first_name               varchar(100),
    last_name                varchar(100),
    status                   varchar(16)  NOT NULL DEFAULT 'ACTIVE'
                             CHECK (status IN ('ACTIVE', 'DEACTIVATED', 'ERASED')),
    registered_referral_code varchar(32),
    registered_at            timestamptz,
    created_at               timestamptz  NOT NULL DEFAULT now(),
    updated_at               timestamptz  NOT NULL DEFAULT now(),
    version                  bigint       NOT NULL DEFAULT 0
);
