-- How much a placement earns the referrer. The most specific row wins: specialty and job type, then
-- specialty, then job type, then the default (both null). Amounts are numeric(10, 2) in a currency.
CREATE TABLE bonus_policies (
    id              uuid PRIMARY KEY,
    specialty_id    uuid,
    job_type        varchar(16) CHECK (job_type IN ('travel', 'perm', 'per_diem', 'local')),
    amount          numeric(10, 2) NOT NULL CHECK (amount >= 0),
    currency        char(3)        NOT NULL,
    qualifying_days integer        NOT NULL CHECK (qualifying_days BETWEEN 0 AND 3650),
    updated_at      timestamptz    NOT NULL,
    UNIQUE NULLS NOT DISTINCT (specialty_id, job_type)
);
INSERT INTO bonus_policies (id, specialty_id, job_type, amount, currency, qualifying_days, updated_at)
VALUES ('00000000-0000-0000-0000-00000000b0b0', NULL, NULL, 500.00, 'USD', 90, now());

-- The bonus of one referral: at most one, whatever is delivered how often (the unique referral_id).
CREATE TABLE referral_rewards (
    id                uuid PRIMARY KEY,
    referral_id       uuid           NOT NULL UNIQUE REFERENCES referrals (id),
    referrer_id       uuid           NOT NULL,
    referred_user_id  uuid           NOT NULL,
    application_id    uuid           NOT NULL,
    job_id            uuid           NOT NULL,
    amount            numeric(10, 2) NOT NULL CHECK (amount >= 0),
    currency          char(3)        NOT NULL,
    status            varchar(16)    NOT NULL CHECK (status IN ('pending', 'approved', 'paid', 'denied')),
    placed_at         timestamptz    NOT NULL,
    qualifies_at      timestamptz    NOT NULL,
    decided_by        uuid,
    decided_at        timestamptz,
    denial_reason     varchar(500),
    payment_method    varchar(16) CHECK (payment_method IN ('bank_transfer', 'check', 'payroll', 'paypal')),
    payment_reference varchar(100),
    paid_at           timestamptz,
    created_at        timestamptz    NOT NULL,
    version           bigint         NOT NULL DEFAULT 0
);
CREATE INDEX referral_rewards_status ON referral_rewards (status, created_at);
CREATE INDEX referral_rewards_referrer ON referral_rewards (referrer_id);

-- Every money movement of a reward, append-only: balances are sums over it, never a stored total.
CREATE TABLE reward_ledger (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reward_id   uuid           NOT NULL REFERENCES referral_rewards (id),
    referrer_id uuid           NOT NULL,
    kind        varchar(16)    NOT NULL CHECK (kind IN ('accrued', 'approved', 'paid', 'denied', 'reversed')),
    amount      numeric(10, 2) NOT NULL CHECK (amount >= 0),
    currency    char(3)        NOT NULL,
    actor       uuid,
    occurred_at timestamptz    NOT NULL,
    note        varchar(500)
);
CREATE INDEX reward_ledger_referrer ON reward_ledger (referrer_id);

CREATE FUNCTION reward_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'reward_ledger is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER reward_ledger_append_only BEFORE UPDATE OR DELETE ON reward_ledger
    FOR EACH ROW EXECUTE FUNCTION reward_ledger_append_only();
