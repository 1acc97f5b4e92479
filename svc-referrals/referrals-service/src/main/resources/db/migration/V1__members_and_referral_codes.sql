-- The users this service has seen register (UserRegistered), with the email invitations are matched on.
-- A user not in this table has not been processed yet: events about them wait (parked_events).
CREATE TABLE members (
    user_id       uuid PRIMARY KEY,
    email         varchar(254),
    registered_at timestamptz NOT NULL,
    erased_at     timestamptz
);
CREATE INDEX members_email ON members (lower(email));

-- One short code per user: created when the user registers, or on the user's first GET /me/code.
-- Stored upper case; input is matched case-insensitively by upper-casing it.
CREATE TABLE referral_codes (
    user_id    uuid PRIMARY KEY,
    code       char(8)     NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);

-- How a candidate heard of the agency (master data; LaborEdge keeps its own ids).
CREATE TABLE referral_sources (
    id          integer PRIMARY KEY,
    name        varchar(100) NOT NULL UNIQUE,
    description varchar(255),
    active      boolean      NOT NULL DEFAULT true,
    external_id integer
);
INSERT INTO referral_sources (id, name, description) VALUES
    (1, 'Referral', 'A friend or colleague referred the candidate'),
    (2, 'Job board', 'Indeed, LinkedIn and other job boards'),
    (3, 'Search engine', 'Found the agency through a web search'),
    (4, 'Social media', 'Facebook, Instagram, TikTok and similar'),
    (5, 'Recruiter outreach', 'A recruiter contacted the candidate'),
    (6, 'Event', 'A career fair, conference or school visit'),
    (7, 'Other', 'Anything else');
