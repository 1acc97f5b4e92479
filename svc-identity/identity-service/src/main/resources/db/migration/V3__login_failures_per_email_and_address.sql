-- Failed logins are counted per email (known or not) and source address, and per email across all
-- addresses (source '*'), so that an unknown email answers exactly like a known one and one address
-- cannot lock the owner out. The email is kept only as its SHA-256; rows go once expires_at passed.
create table login_failures (
    subject        varchar(64) not null,
    source         varchar(45) not null,
    failures       integer     not null,
    counting_since timestamptz not null,
    locked_until   timestamptz,
    expires_at     timestamptz not null,
    primary key (subject, source)
);
create index login_failures_expires_at on login_failures (expires_at);

-- the counters above replace the per-account ones
alter table users drop column failed_login_attempts;
alter table users drop column locked_until;
