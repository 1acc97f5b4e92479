-- Accounts, roles and their permissions, sessions with rotating refresh tokens, one-time verification
-- tokens, signing keys and the security audit log. Times are UTC instants.

create table roles (
    name        varchar(20) primary key,
    description varchar(200) not null
);

-- module:action permissions a role carries (e.g. jobs:create)
create table role_permissions (
    role       varchar(20) not null references roles (name),
    permission varchar(60) not null,
    primary key (role, permission)
);

create table users (
    id                         uuid primary key,
    email                      varchar(254) not null,
    password_hash              varchar(255),
    first_name                 varchar(100),
    last_name                  varchar(100),
    phone                      varchar(30),
    status                     varchar(20) not null check (status in ('active', 'inactive', 'locked', 'closed')),
    email_verified             boolean not null default false,
    failed_login_attempts      integer not null default 0,
    locked_until               timestamptz,
    last_login_at              timestamptz,
    data_processing_consent    boolean not null default false,
    data_processing_consent_at timestamptz,
    marketing_consent          boolean not null default false,
    marketing_consent_at       timestamptz,
    referral_code              varchar(40),
    external_id                varchar(255) unique,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    deleted_at                 timestamptz,
    version                    bigint not null default 0
);
-- emails are stored normalized (lower case); the index makes uniqueness case-insensitive regardless
create unique index users_email_unique on users (lower(email));
create index users_status on users (status);

create table user_roles (
    user_id uuid not null references users (id),
    role    varchar(20) not null references roles (name),
    primary key (user_id, role)
);
create index user_roles_role on user_roles (role);

-- one session per login; it ends at expires_at whatever the refreshes
create table sessions (
    id                uuid primary key,
    user_id           uuid not null references users (id),
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    last_refreshed_at timestamptz,
    revoked_at        timestamptz,
    revoked_reason    varchar(40),
    ip_address        varchar(45),
    user_agent        varchar(512),
    version           bigint not null default 0
);
create index sessions_user on sessions (user_id);

-- refresh tokens only as SHA-256 hashes; used ones stay so that presenting one again is recognised
create table refresh_tokens (
    id         uuid primary key,
    session_id uuid not null references sessions (id),
    token_hash varchar(64) not null unique,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index refresh_tokens_session on refresh_tokens (session_id);

-- email verification and password reset: hashed, expiring, single use
create table verification_tokens (
    id         uuid primary key,
    user_id    uuid not null references users (id),
    purpose    varchar(30) not null check (purpose in ('email_verification', 'password_reset')),
    token_hash varchar(64) not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index verification_tokens_user on verification_tokens (user_id);

-- keys that sign access tokens; the private key is AES-GCM encrypted with a key from configuration
create table signing_keys (
    kid                   varchar(64) primary key,
    algorithm             varchar(10) not null,
    public_jwk            text not null,
    encrypted_private_key bytea not null,
    created_at            timestamptz not null,
    retired_at            timestamptz
);

-- security events; never a password, a token or a hash of one
create table audit_log (
    id          uuid primary key,
    occurred_at timestamptz not null,
    action      varchar(40) not null,
    user_id     uuid,
    actor_id    uuid,
    ip_address  varchar(45),
    user_agent  varchar(512),
    detail      varchar(500)
);
create index audit_log_user on audit_log (user_id, occurred_at);
