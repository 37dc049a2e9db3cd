-- 惠企政策: policies, their articles, eligibility versions (a clause tree as JSON, by effective date) and golden
-- cases. Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL.

create sequence policy_seq start with 1 increment by 50;
create table policy (
    id               bigint        primary key,
    title            varchar(200)  not null,
    issuer           varchar(100)  not null,
    document_number  varchar(100)  not null,
    issue_date       date          not null,
    effective_from   date          not null,
    effective_to     date,
    region_scope     varchar(12)   not null,
    region_path      varchar(64)   not null,
    how_to_claim     varchar(16)   not null,
    benefit_kind     varchar(24)   not null,
    benefit_amount   varchar(400),
    contact          varchar(200),
    demo             boolean       not null default false,
    status           varchar(16)   not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          integer       not null default 0
);
create index policy_status_idx on policy (status, effective_from);
create index policy_region_path_idx on policy (region_path);

create table policy_article (
    policy_id  bigint         not null references policy (id) on delete cascade,
    number     integer        not null,
    text       varchar(4000)  not null,
    primary key (policy_id, number)
);

create table policy_version (
    policy_id         bigint          not null references policy (id) on delete cascade,
    version_no        integer         not null,
    effective_from    date            not null,
    eligibility_json  varchar(20000)  not null,
    created_at        timestamp with time zone not null,
    primary key (policy_id, version_no)
);

create table policy_golden_case (
    policy_id   bigint         not null references policy (id) on delete cascade,
    name        varchar(100)   not null,
    facts_json  varchar(4000)  not null,
    expected    varchar(16)    not null,
    on_date     date,
    primary key (policy_id, name)
);
