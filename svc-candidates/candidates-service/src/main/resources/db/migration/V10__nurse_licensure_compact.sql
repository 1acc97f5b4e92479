-- Nurse Licensure Compact (NLC) membership, the reference data eligibility reads: a multistate RN or
-- LPN/VN license issued by a state that issues multistate licenses lets its holder practise in every
-- state that honours them.
--
-- Source: the NCSBN Nurse Licensure Compact map (nursecompact.com), as known to the platform for 2025
-- (recorded 2026-11-30). Implementation dates are the day multistate licenses first counted in the
-- state as far as known; the eNLC started on 2018-01-19 for the states that moved over from the original
-- compact. Change membership with a new migration that updates these rows and names its own source date;
-- never edit this one.
--   full     issues multistate licenses to its residents and honours the other members' ones
--   partial  honours the other members' multistate licenses but issues none yet (Pennsylvania)
--   pending  has enacted the compact, implementation not started: counts as a non-member
--   none     has not enacted the compact
-- The compact's territories (Guam: full; US Virgin Islands: partial) are not listed: the platform's
-- state reference data covers the 50 states and DC only.
CREATE TABLE nurse_licensure_compact (
    state_code         char(2)     PRIMARY KEY,
    implementation     varchar(8)  NOT NULL CHECK (implementation IN ('full', 'partial', 'pending', 'none')),
    member_since       date,
    note               varchar(200),
    issues_multistate  boolean     NOT NULL GENERATED ALWAYS AS (implementation = 'full') STORED,
    honours_multistate boolean     NOT NULL GENERATED ALWAYS AS (implementation IN ('full', 'partial')) STORED,
    CHECK ((implementation IN ('full', 'partial')) = (member_since IS NOT NULL))
);

INSERT INTO nurse_licensure_compact (state_code, implementation, member_since, note) VALUES
    ('AL', 'full', '2020-01-01', NULL),
    ('AK', 'none', NULL, NULL),
    ('AZ', 'full', '2018-01-19', NULL),
    ('AR', 'full', '2018-01-19', NULL),
    ('CA', 'none', NULL, NULL),
    ('CO', 'full', '2018-01-19', NULL),
    ('CT', 'pending', NULL, 'enacted 2024, implementation pending'),
    ('DE', 'full', '2018-01-19', NULL),
    ('DC', 'none', NULL, NULL),
    ('FL', 'full', '2018-01-19', NULL),
    ('GA', 'full', '2018-01-19', NULL),
    ('HI', 'none', NULL, NULL),
    ('ID', 'full', '2018-01-19', NULL),
    ('IL', 'none', NULL, NULL),
    ('IN', 'full', '2021-07-01', NULL),
    ('IA', 'full', '2018-01-19', NULL),
    ('KS', 'full', '2019-07-01', NULL),
    ('KY', 'full', '2018-01-19', NULL),
    ('LA', 'full', '2019-07-01', NULL),
    ('ME', 'full', '2018-01-19', NULL),
    ('MD', 'full', '2018-01-19', NULL),
    ('MA', 'pending', NULL, 'enacted 2024, implementation pending'),
    ('MI', 'none', NULL, NULL),
    ('MN', 'none', NULL, NULL),
    ('MS', 'full', '2018-01-19', NULL),
    ('MO', 'full', '2018-01-19', NULL),
    ('MT', 'full', '2018-01-19', NULL),
    ('NE', 'full', '2018-01-19', NULL),
    ('NV', 'none', NULL, NULL),
    ('NH', 'full', '2018-01-19', NULL),
    ('NJ', 'full', '2023-01-01', 'honoured multistate licenses before it issued them'),
    ('NM', 'full', '2018-01-19', NULL),
    ('NY', 'none', NULL, NULL),
    ('NC', 'full', '2018-01-19', NULL),
    ('ND', 'full', '2018-01-19', NULL),
    ('OH', 'full', '2023-01-01', NULL),
    ('OK', 'full', '2018-01-19', NULL),
    ('OR', 'none', NULL, NULL),
    ('PA', 'partial', '2023-07-01', 'honours multistate licenses; issues none yet'),
    ('RI', 'pending', NULL, 'listed as enacted, implementation pending'),
    ('SC', 'full', '2018-01-19', NULL),
    ('SD', 'full', '2018-01-19', NULL),
    ('TN', 'full', '2018-01-19', NULL),
    ('TX', 'full', '2018-01-19', NULL),
    ('UT', 'full', '2018-01-19', NULL),
    ('VT', 'full', '2022-02-01', NULL),
    ('VA', 'full', '2018-01-19', NULL),
    ('WA', 'full', '2023-10-31', NULL),
    ('WV', 'full', '2018-01-19', NULL),
    ('WI', 'full', '2018-01-19', NULL),
    ('WY', 'full', '2018-01-19', NULL);
