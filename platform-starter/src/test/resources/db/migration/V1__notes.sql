create table note (
    id      uuid primary key,
    text    varchar(200) not null,
    version bigint       not null
);
-- no unique key on purpose: a second handling of one event would show as a second row
create table handled_note (
    event_id uuid         not null,
    note_id  uuid         not null,
    text     varchar(200) not null
);
