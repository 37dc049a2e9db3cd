-- Foundation schema: regions, industry classification, enterprise registry, accounts, audit.
-- One set of migrations for H2 (MODE=PostgreSQL) and PostgreSQL: only portable SQL here.

create table division (
    code            varchar(12)  primary key,
    name            varchar(64)  not null,
    level           varchar(16)  not null,
    parent_code     varchar(12)  references division (code),
    path            varchar(64)  not null,
    latitude        double precision,
    longitude       double precision,
    centroid_basis  varchar(16),
    note            varchar(400),
    sort_order      integer      not null
);
create index division_parent_idx on division (parent_code);
create index division_path_idx on division (path);

create table industry (
    code         varchar(4)   primary key,
    name         varchar(120) not null,
    level        varchar(10)  not null,
    parent_code  varchar(4)   references industry (code),
    path         varchar(32)  not null
);
create index industry_parent_idx on industry (parent_code);

create table qualification (
    code        varchar(32)  primary key,
    name_zh     varchar(64)  not null,
    name_en     varchar(96)  not null,
    issuer_zh   varchar(96)  not null,
    sort_order  integer      not null
);

create sequence enterprise_seq start with 1 increment by 50;
create table enterprise (
    id              bigint        primary key,
    uscc            varchar(18)   not null unique,
    name            varchar(100)  not null,
    division_code   varchar(12)   not null references division (code),
    division_path   varchar(64)   not null,
    industry_code   varchar(4)    not null references industry (code),
    industry_path   varchar(32)   not null,
    address         varchar(200),
    latitude        double precision,
    longitude       double precision,
    scale           varchar(8)    not null,
    employees       integer,
    revenue_band    varchar(8),
    founded_on      date,
    status          varchar(16)   not null,
    demo            boolean       not null default false,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         integer       not null default 0
);
create index enterprise_division_path_idx on enterprise (division_path);
create index enterprise_industry_path_idx on enterprise (industry_path);
create index enterprise_name_idx on enterprise (name);

create table enterprise_qualification (
    enterprise_id       bigint       not null references enterprise (id) on delete cascade,
    qualification_code  varchar(32)  not null references qualification (code),
    primary key (enterprise_id, qualification_code)
);
create index enterprise_qualification_code_idx on enterprise_qualification (qualification_code);

create sequence account_seq start with 1 increment by 50;
create table account (
    id              bigint        primary key,
    username        varchar(64)   not null unique,
    password_hash   varchar(200)  not null,
    role            varchar(20)   not null,
    jurisdiction    varchar(12)   references division (code),
    uscc            varchar(18),
    display_name    varchar(64),
    enabled         boolean       not null,
    created_at      timestamp with time zone not null,
    version         integer       not null default 0
);

create table api_token (
    token_hash  varchar(64)  primary key,
    account_id  bigint       not null references account (id) on delete cascade,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);
create index api_token_account_idx on api_token (account_id);

create table login_throttle (
    login_key        varchar(64)  primary key,
    failures         integer      not null,
    first_failure_at timestamp with time zone not null,
    locked_until     timestamp with time zone
);

create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id            bigint        primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(64)   not null,
    action        varchar(64)   not null,
    entity_type   varchar(40)   not null,
    entity_id     varchar(64),
    before_state  varchar(8000),
    after_state   varchar(8000)
);
create index audit_event_time_idx on audit_event (occurred_at);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);

-- Spring Modulith's event publication registry (schema of spring-modulith-events-jdbc 1.4, portable types)
create table event_publication (
    id                uuid          not null primary key,
    listener_id       varchar(512)  not null,
    event_type        varchar(512)  not null,
    serialized_event  varchar(10000) not null,
    publication_date  timestamp with time zone not null,
    completion_date   timestamp with time zone
);
create index event_publication_completion_idx on event_publication (completion_date);

insert into qualification (code, name_zh, name_en, issuer_zh, sort_order) values
 ('HNTE',        '高新技术企业',         'High and New Technology Enterprise',                   '科技部 财政部 税务总局（各省认定机构）', 1),
 ('TSME',        '科技型中小企业',       'Technology-based SME',                                 '科技部（省科技厅评价入库）', 2),
 ('SRDI_SME',    '专精特新中小企业',     'Specialised, refined, distinctive and innovative SME', '省工业和信息化厅', 3),
 ('LITTLE_GIANT','专精特新“小巨人”',     'Specialised and innovative "little giant"',            '工业和信息化部', 4),
 ('SINGLE_CHAMPION','制造业单项冠军',    'Manufacturing single-item champion',                   '工业和信息化部 中国工业经济联合会', 5),
 ('GAZELLE',     '瞪羚企业',             'Gazelle enterprise',                                   '省科技厅', 6),
 ('UNICORN',     '独角兽企业',           'Unicorn enterprise',                                   '省科技厅', 7);
