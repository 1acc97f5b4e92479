-- A referral: who referred whom, and how far the referred person got. Created by an invitation (invited)
-- or by a registration with the referrer's code (registered). The referred person's email, name and phone
-- are nulled when they exercise the right to erasure; dates and ids stay for the books.
CREATE TABLE referrals (
    id               uuid PRIMARY KEY,
    referrer_id      uuid         NOT NULL,
    referred_email   varchar(254),
    referred_name    varchar(100),
    referred_phone   varchar(20),
    code             char(8),
    status           varchar(16)  NOT NULL CHECK (status IN ('invited', 'registered', 'applied', 'placed')),
    job_id           uuid,
    referred_user_id uuid,
    application_id   uuid,
    invited_at       timestamptz,
    registered_at    timestamptz,
    applied_at       timestamptz,
    placed_at        timestamptz,
    placements       integer      NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL
);
-- one per referrer and referred email (case-insensitive)
CREATE UNIQUE INDEX referrals_referrer_email ON referrals (referrer_id, lower(referred_email));
-- a person is referred at most once: the first link wins
CREATE UNIQUE INDEX referrals_referred_user ON referrals (referred_user_id);
CREATE INDEX referrals_open_invitations ON referrals (lower(referred_email), created_at) WHERE status = 'invited';

-- Every placement of a referred candidate, one row per application: the first pays, later ones are recorded.
CREATE TABLE referral_placements (
    referral_id    uuid        NOT NULL REFERENCES referrals (id),
    application_id uuid        NOT NULL,
    job_id         uuid        NOT NULL,
    placed_at      timestamptz NOT NULL,
    PRIMARY KEY (referral_id, application_id)
);
