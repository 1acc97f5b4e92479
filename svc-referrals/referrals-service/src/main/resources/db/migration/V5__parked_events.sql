-- Events that arrived before what they refer to (a placement before the registration, a placement of a
-- job whose snapshot has not arrived). The inbox has marked them consumed; they are applied, in the order
-- they were parked, when what they wait for arrives (waits_for: 'user:<id>' or 'job:<id>').
CREATE TABLE parked_events (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    waits_for  varchar(64)  NOT NULL,
    event_id   uuid         NOT NULL,
    event_type varchar(128) NOT NULL,
    data       jsonb        NOT NULL,
    parked_at  timestamptz  NOT NULL
);
CREATE INDEX parked_events_waits_for ON parked_events (waits_for, id);
