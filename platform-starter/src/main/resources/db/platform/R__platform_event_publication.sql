-- Spring Modulith's event publication registry: the transactional outbox of this service.
-- Repeatable and idempotent, so it evolves with the platform independently of the service's own versions.
create table if not exists event_publication (
    id                     uuid primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 varchar(20),
    completion_attempts    integer     not null default 0,
    last_resubmission_date timestamptz
);
create index if not exists event_publication_incomplete
    on event_publication (publication_date) where completion_date is null;
