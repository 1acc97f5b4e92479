-- Uploaded resumes: the file itself (at most 5 MB, so kept in the row), the text read from it, and what
-- the parser found in that text. Nothing of parsed_fields reaches the profile or the credentials until
-- the candidate accepts the fields they choose (accepted_at).
CREATE TABLE candidate_resumes (
    id                uuid          PRIMARY KEY,
    candidate_id      uuid          NOT NULL REFERENCES candidates (id),
    file_name         varchar(255)  NOT NULL,
    content_type      varchar(100)  NOT NULL,
    size_bytes        integer       NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 5242880),
    sha256            char(64)      NOT NULL,
    content           bytea         NOT NULL,
    text_content      text          NOT NULL,
    parsed_fields     jsonb         NOT NULL,
    parse_confidence  numeric(4, 3) NOT NULL CHECK (parse_confidence BETWEEN 0 AND 1),
    accepted_at       timestamptz,
    created_at        timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX candidate_resumes_candidate ON candidate_resumes (candidate_id, created_at DESC);
-- the same file uploaded twice by one candidate is one resume
CREATE UNIQUE INDEX candidate_resumes_one_per_file ON candidate_resumes (candidate_id, sha256);
