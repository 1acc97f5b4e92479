-- Reference data of the jobs area. Ids of rows that other services see are UUIDs derived from a stable
-- natural key (md5 of 'kind:key'), so every environment gets the same ids for the same reference row.

create table professions (
    id          uuid primary key,
    code        varchar(20)  not null unique,
    name        varchar(100) not null unique,
    description varchar(255),
    active      boolean      not null default true,
    external_id integer
);

create table certifications (
    id          uuid primary key,
    code        varchar(30)  not null unique,
    name        varchar(150) not null,
    description varchar(255),
    active      boolean      not null default true
);

create table specialties (
    id                      uuid primary key,
    profession_id           uuid         not null references professions (id),
    code                    varchar(40)  not null unique,
    name                    varchar(100) not null unique,
    category                varchar(100) not null,
    description             text,
    required_certifications varchar(30)[] not null default '{}',
    demand_level            integer      not null check (demand_level between 1 and 10),
    average_weekly_pay      numeric(10, 2),
    active                  boolean      not null default true,
    external_id             integer
);
create index idx_specialties_profession on specialties (profession_id);
create index idx_specialties_category on specialties (category);

create table states (
    code    char(2)      primary key,
    name    varchar(100) not null unique,
    country char(2)      not null default 'US',
    active  boolean      not null default true
);

create table cities (
    id                   uuid primary key,
    name                 varchar(100)     not null,
    state_code           char(2)          not null references states (code),
    latitude             double precision not null,
    longitude            double precision not null,
    population           integer,
    cost_of_living_index numeric(5, 2),
    unique (state_code, name)
);

create table job_statuses (
    code        varchar(20)  primary key,
    name        varchar(50)  not null,
    description varchar(255) not null,
    public      boolean      not null,
    terminal    boolean      not null,
    sort_order  integer      not null
);
