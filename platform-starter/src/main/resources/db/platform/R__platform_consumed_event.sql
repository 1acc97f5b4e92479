-- The inbox: which events each consumer of this service has handled, for deduplication.
create table if not exists consumed_event (
    consumer    varchar(100) not null,
    event_id    uuid         not null,
    event_type  varchar(200) not null,
    consumed_at timestamptz  not null,
    primary key (consumer, event_id)
);
create index if not exists consumed_event_consumed_at on consumed_event (consumed_at);
