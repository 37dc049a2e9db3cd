-- Workforce (灵活用工): residents looking for casual work, jobs (零工) posted by enterprises, and the engagements
-- between them (application or invitation → acceptance → check-ins → completion → payment → ratings).
-- Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL 15.
-- A resident's coordinates are the centroid of the home community's county (townships carry their county's centroid
-- in the division table); a job's are its division's. Both are copied at save time so that retrieval is one query.

create sequence resident_seq start with 1 increment by 50;
create table resident (
    id                   bigint         primary key,
    account_id           bigint         unique references account (id),
    display_name         varchar(32)    not null,
    phone                varchar(20)    not null,
    phone_verified       boolean        not null,
    id_number            varchar(18),
    address              varchar(200),
    community_code       varchar(12)    not null references division (code),
    community_path       varchar(64)    not null,
    latitude             double precision not null,
    longitude            double precision not null,
    max_travel_km        integer        not null,
    expected_daily_wage  numeric(10, 2),
    hard_to_employ       boolean        not null,
    available_days       varchar(32)    not null,
    available_shifts     varchar(64)    not null,
    demo                 boolean        not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              integer        not null default 0
);
create index resident_path_idx on resident (community_path);
create index resident_lat_lon_idx on resident (latitude, longitude);

create table resident_skill (
    resident_id  bigint       not null references resident (id) on delete cascade,
    skill_code   varchar(32)  not null,
    primary key (resident_id, skill_code)
);
create index resident_skill_code_idx on resident_skill (skill_code, resident_id);
create table resident_certificate (
    resident_id       bigint       not null references resident (id) on delete cascade,
    certificate_code  varchar(32)  not null,
    primary key (resident_id, certificate_code)
);
create index resident_certificate_code_idx on resident_certificate (certificate_code, resident_id);

create sequence job_seq start with 1 increment by 50;
create table job (
    id                   bigint         primary key,
    employer_uscc        varchar(18)    not null references enterprise (uscc),
    employer_name        varchar(100)   not null,
    employer_verified    boolean        not null,
    title                varchar(100)   not null,
    description          varchar(2000),
    headcount            integer        not null,
    start_date           date           not null,
    end_date             date           not null,
    shifts               varchar(64)    not null,
    pay_type             varchar(8)     not null,
    pay_amount           numeric(10, 2) not null,
    division_code        varchar(12)    not null references division (code),
    division_path        varchar(64)    not null,
    latitude             double precision not null,
    longitude            double precision not null,
    meals                boolean        not null,
    transport            boolean        not null,
    accident_insurance   boolean        not null,
    status               varchar(12)    not null,
    demo                 boolean        not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              integer        not null default 0
);
create index job_status_idx on job (status, end_date);
create index job_employer_idx on job (employer_uscc);
create index job_path_idx on job (division_path);
create index job_lat_lon_idx on job (latitude, longitude);

create table job_skill (
    job_id      bigint       not null references job (id) on delete cascade,
    skill_code  varchar(32)  not null,
    primary key (job_id, skill_code)
);
create index job_skill_code_idx on job_skill (skill_code, job_id);
create table job_certificate (
    job_id            bigint       not null references job (id) on delete cascade,
    certificate_code  varchar(32)  not null,
    primary key (job_id, certificate_code)
);

create sequence engagement_seq start with 1 increment by 50;
create table engagement (
    id                    bigint        primary key,
    job_id                bigint        not null references job (id),
    resident_id           bigint        not null references resident (id),
    origin                varchar(12)   not null,
    status                varchar(12)   not null,
    employer_paid         boolean       not null,
    resident_paid         boolean       not null,
    employer_rating       integer,
    resident_rating       integer,
    disputed              boolean       not null,
    dispute_reason        varchar(500),
    unpaid_reported_at    timestamp with time zone,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               integer       not null default 0,
    unique (job_id, resident_id)
);
create index engagement_resident_idx on engagement (resident_id, status);
create index engagement_job_idx on engagement (job_id, status);

create table engagement_checkin (
    engagement_id  bigint  not null references engagement (id) on delete cascade,
    work_date      date    not null,
    primary key (engagement_id, work_date)
);

-- An employer whose jobs are suspended after unpaid-work reports from distinct residents, until an admin lifts it.
create table employer_suspension (
    employer_uscc  varchar(18)  primary key references enterprise (uscc),
    reports        integer      not null,
    suspended_at   timestamp with time zone not null,
    lifted_at      timestamp with time zone,
    version        integer      not null default 0
);
