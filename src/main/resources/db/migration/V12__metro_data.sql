-- Metro monitoring data (issue 8), modelled on DHIS2: a data value is one number for an indicator, an org unit and
-- a period, with its source and comment; one value per key. Indicators are the catalogue shipped in
-- metro/indicators.csv and org units the divisions of the region module (plus METRO for the whole area), so the
-- key columns hold their codes. One set of migrations for H2 (MODE=PostgreSQL) and PostgreSQL: portable SQL only.

create sequence metro_data_value_seq start with 1 increment by 50;
create table metro_data_value (
    id              bigint          primary key,
    indicator_code  varchar(40)     not null,
    org_unit        varchar(12)     not null,
    period          varchar(8)      not null,
    period_type     varchar(8)      not null,
    numeric_value   numeric(20, 6)  not null,
    source          varchar(500)    not null,
    comment         varchar(1000),
    demo            boolean         not null default false,
    created_by      varchar(100)    not null,
    created_at      timestamp with time zone not null,
    updated_by      varchar(100)    not null,
    updated_at      timestamp with time zone not null,
    version         integer         not null,
    constraint metro_data_value_key_uq unique (indicator_code, org_unit, period)
);
create index metro_data_value_period_ix on metro_data_value (period, indicator_code);

-- The history of every value: each creation, change and deletion with the value before and after.
create sequence metro_data_value_change_seq start with 1 increment by 50;
create table metro_data_value_change (
    id              bigint          primary key,
    indicator_code  varchar(40)     not null,
    org_unit        varchar(12)     not null,
    period          varchar(8)      not null,
    action          varchar(16)     not null,
    old_value       numeric(20, 6),
    new_value       numeric(20, 6),
    source          varchar(500),
    comment         varchar(1000),
    actor           varchar(100)    not null,
    changed_at      timestamp with time zone not null
);
create index metro_data_value_change_key_ix on metro_data_value_change (indicator_code, org_unit, period);

-- Key projects (重点项目) named by the seed documents, with their progress updates.
create sequence metro_key_project_seq start with 1 increment by 50;
create table metro_key_project (
    id              bigint          primary key,
    code            varchar(40)     not null,
    name            varchar(200)    not null,
    name_en         varchar(200),
    org_unit        varchar(12)     not null,
    sector          varchar(20)     not null,
    investment      numeric(14, 2),
    start_year      integer,
    finish_year     integer,
    status          varchar(20)     not null,
    progress        integer,
    source_file     varchar(100),
    quote           varchar(1000),
    demo            boolean         not null default false,
    updated_at      timestamp with time zone not null,
    version         integer         not null,
    constraint metro_key_project_code_uq unique (code),
    constraint metro_key_project_progress_ck check (progress is null or (progress >= 0 and progress <= 100))
);

create sequence metro_key_project_update_seq start with 1 increment by 50;
create table metro_key_project_update (
    id              bigint          primary key,
    project_id      bigint          not null references metro_key_project (id) on delete cascade,
    status          varchar(20)     not null,
    progress        integer,
    note            varchar(1000),
    actor           varchar(100)    not null,
    updated_at      timestamp with time zone not null
);
create index metro_key_project_update_project_ix on metro_key_project_update (project_id, updated_at);
