-- 诉求 (appeals): the holiday calendar, categories with deadlines, responsible units and dispatch rules, the
-- appeals with their history and co-handling units, Open311 api keys. Portable SQL: H2 (MODE=PostgreSQL) and
-- PostgreSQL.

-- The official holiday arrangements (appeals/holidays.csv; README there names the State Council notices).
create table holiday (
    holiday_date  date          primary key,
    kind   varchar(16)   not null,
    name   varchar(40)   not null,
    check (kind in ('HOLIDAY', 'MAKEUP_WORKDAY'))
);
insert into holiday (holiday_date, kind, name) values (date '2025-01-01', 'HOLIDAY', '元旦');
insert into holiday (holiday_date, kind, name) values (date '2025-01-26', 'MAKEUP_WORKDAY', '春节调休上班');
insert into holiday (holiday_date, kind, name) values (date '2025-01-28', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2025-01-29', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2025-01-30', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2025-01-31', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2025-02-01', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2025-02-02', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2025-02-03', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2025-02-04', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2025-02-08', 'MAKEUP_WORKDAY', '春节调休上班');
insert into holiday (holiday_date, kind, name) values (date '2025-04-04', 'HOLIDAY', '清明节');
insert into holiday (holiday_date, kind, name) values (date '2025-04-05', 'HOLIDAY', '清明节');
insert into holiday (holiday_date, kind, name) values (date '2025-04-06', 'HOLIDAY', '清明节');
insert into holiday (holiday_date, kind, name) values (date '2025-04-27', 'MAKEUP_WORKDAY', '劳动节调休上班');
insert into holiday (holiday_date, kind, name) values (date '2025-05-01', 'HOLIDAY', '劳动节');
insert into holiday (holiday_date, kind, name) values (date '2025-05-02', 'HOLIDAY', '劳动节');
insert into holiday (holiday_date, kind, name) values (date '2025-05-03', 'HOLIDAY', '劳动节');
insert into holiday (holiday_date, kind, name) values (date '2025-05-04', 'HOLIDAY', '劳动节');
insert into holiday (holiday_date, kind, name) values (date '2025-05-05', 'HOLIDAY', '劳动节');
insert into holiday (holiday_date, kind, name) values (date '2025-05-31', 'HOLIDAY', '端午节');
insert into holiday (holiday_date, kind, name) values (date '2025-06-01', 'HOLIDAY', '端午节');
insert into holiday (holiday_date, kind, name) values (date '2025-06-02', 'HOLIDAY', '端午节');
insert into holiday (holiday_date, kind, name) values (date '2025-09-28', 'MAKEUP_WORKDAY', '国庆节调休上班');
insert into holiday (holiday_date, kind, name) values (date '2025-10-01', 'HOLIDAY', '国庆节、中秋节');
insert into holiday (holiday_date, kind, name) values (date '2025-10-02', 'HOLIDAY', '国庆节、中秋节');
insert into holiday (holiday_date, kind, name) values (date '2025-10-03', 'HOLIDAY', '国庆节、中秋节');
insert into holiday (holiday_date, kind, name) values (date '2025-10-04', 'HOLIDAY', '国庆节、中秋节');
insert into holiday (holiday_date, kind, name) values (date '2025-10-05', 'HOLIDAY', '国庆节、中秋节');
insert into holiday (holiday_date, kind, name) values (date '2025-10-06', 'HOLIDAY', '国庆节、中秋节');
insert into holiday (holiday_date, kind, name) values (date '2025-10-07', 'HOLIDAY', '国庆节、中秋节');
insert into holiday (holiday_date, kind, name) values (date '2025-10-08', 'HOLIDAY', '国庆节、中秋节');
insert into holiday (holiday_date, kind, name) values (date '2025-10-11', 'MAKEUP_WORKDAY', '国庆节调休上班');
insert into holiday (holiday_date, kind, name) values (date '2026-01-01', 'HOLIDAY', '元旦');
insert into holiday (holiday_date, kind, name) values (date '2026-01-02', 'HOLIDAY', '元旦');
insert into holiday (holiday_date, kind, name) values (date '2026-01-03', 'HOLIDAY', '元旦');
insert into holiday (holiday_date, kind, name) values (date '2026-01-04', 'MAKEUP_WORKDAY', '元旦调休上班');
insert into holiday (holiday_date, kind, name) values (date '2026-02-14', 'MAKEUP_WORKDAY', '春节调休上班');
insert into holiday (holiday_date, kind, name) values (date '2026-02-15', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2026-02-16', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2026-02-17', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2026-02-18', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2026-02-19', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2026-02-20', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2026-02-21', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2026-02-22', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2026-02-23', 'HOLIDAY', '春节');
insert into holiday (holiday_date, kind, name) values (date '2026-02-28', 'MAKEUP_WORKDAY', '春节调休上班');
insert into holiday (holiday_date, kind, name) values (date '2026-04-04', 'HOLIDAY', '清明节');
insert into holiday (holiday_date, kind, name) values (date '2026-04-05', 'HOLIDAY', '清明节');
insert into holiday (holiday_date, kind, name) values (date '2026-04-06', 'HOLIDAY', '清明节');
insert into holiday (holiday_date, kind, name) values (date '2026-05-01', 'HOLIDAY', '劳动节');
insert into holiday (holiday_date, kind, name) values (date '2026-05-02', 'HOLIDAY', '劳动节');
insert into holiday (holiday_date, kind, name) values (date '2026-05-03', 'HOLIDAY', '劳动节');
insert into holiday (holiday_date, kind, name) values (date '2026-05-04', 'HOLIDAY', '劳动节');
insert into holiday (holiday_date, kind, name) values (date '2026-05-05', 'HOLIDAY', '劳动节');
insert into holiday (holiday_date, kind, name) values (date '2026-05-09', 'MAKEUP_WORKDAY', '劳动节调休上班');
insert into holiday (holiday_date, kind, name) values (date '2026-06-19', 'HOLIDAY', '端午节');
insert into holiday (holiday_date, kind, name) values (date '2026-06-20', 'HOLIDAY', '端午节');
insert into holiday (holiday_date, kind, name) values (date '2026-06-21', 'HOLIDAY', '端午节');
insert into holiday (holiday_date, kind, name) values (date '2026-09-20', 'MAKEUP_WORKDAY', '国庆节调休上班');
insert into holiday (holiday_date, kind, name) values (date '2026-09-25', 'HOLIDAY', '中秋节');
insert into holiday (holiday_date, kind, name) values (date '2026-09-26', 'HOLIDAY', '中秋节');
insert into holiday (holiday_date, kind, name) values (date '2026-09-27', 'HOLIDAY', '中秋节');
insert into holiday (holiday_date, kind, name) values (date '2026-10-01', 'HOLIDAY', '国庆节');
insert into holiday (holiday_date, kind, name) values (date '2026-10-02', 'HOLIDAY', '国庆节');
insert into holiday (holiday_date, kind, name) values (date '2026-10-03', 'HOLIDAY', '国庆节');
insert into holiday (holiday_date, kind, name) values (date '2026-10-04', 'HOLIDAY', '国庆节');
insert into holiday (holiday_date, kind, name) values (date '2026-10-05', 'HOLIDAY', '国庆节');
insert into holiday (holiday_date, kind, name) values (date '2026-10-06', 'HOLIDAY', '国庆节');
insert into holiday (holiday_date, kind, name) values (date '2026-10-07', 'HOLIDAY', '国庆节');
insert into holiday (holiday_date, kind, name) values (date '2026-10-10', 'MAKEUP_WORKDAY', '国庆节调休上班');

-- Categories (Open311 services) with their deadlines in working days: to 签收 after dispatch, to 答复 after 签收.
create table appeal_category (
    code         varchar(24)   primary key,
    name         varchar(40)   not null,
    description  varchar(400)  not null,
    accept_days  integer       not null check (accept_days >= 0),
    answer_days  integer       not null check (answer_days > 0),
    sort_order   integer       not null
);
insert into appeal_category values ('POLICY', '政策兑现', '惠企政策申报、兑现、资金拨付中的问题', 1, 10, 1);
insert into appeal_category values ('FINANCING', '融资信贷', '贷款、担保、融资对接、贴息等', 1, 10, 2);
insert into appeal_category values ('LAND', '用地用房', '土地、厂房、不动产登记、租赁用房', 1, 15, 3);
insert into appeal_category values ('LABOR', '用工招聘', '招工、用工、社保、人才政策', 1, 5, 4);
insert into appeal_category values ('PERMIT', '审批办证', '行政审批、证照办理、备案', 1, 5, 5);
insert into appeal_category values ('UTILITIES', '水电气暖', '供水、供电、供气、供暖的报装与保障', 1, 3, 6);
insert into appeal_category values ('LOGISTICS', '物流交通', '道路、通行、运输、物流园区', 1, 5, 7);
insert into appeal_category values ('INSPECTION', '执法检查', '涉企检查、行政执法、处罚', 1, 10, 8);
insert into appeal_category values ('IP', '知识产权', '专利、商标、侵权维权', 1, 15, 9);
insert into appeal_category values ('MARKET_ACCESS', '市场准入', '市场准入、招投标、公平竞争', 1, 5, 10);
insert into appeal_category values ('OTHER', '其他', '其他涉企诉求', 1, 10, 11);

-- Responsible units: city departments, county offices, and one business-environment centre per city, zone and
-- county (the default unit of its division).
create table appeal_unit (
    code           varchar(40)   primary key,
    name           varchar(100)  not null,
    division_code  varchar(12)   not null references division (code)
);
insert into appeal_unit (code, name, division_code)
    select 'BEC-' || d.code, d.name || '营商环境服务中心', d.code from division d where d.level in ('CITY', 'ZONE');
insert into appeal_unit (code, name, division_code)
    select 'BEC-' || d.code, p.name || d.name || '营商环境服务中心', d.code
    from division d join division p on p.code = d.parent_code where d.level = 'COUNTY';
insert into appeal_unit values ('SY-FIN', '沈阳市地方金融管理局', '210100');
insert into appeal_unit values ('SY-HRSS', '沈阳市人力资源和社会保障局', '210100');
insert into appeal_unit values ('SY-NR', '沈阳市自然资源局', '210100');
insert into appeal_unit values ('SY-IP', '沈阳市市场监督管理局（知识产权局）', '210100');
insert into appeal_unit values ('SY-UTIL', '沈阳市城乡建设局（供暖燃气）', '210100');
insert into appeal_unit values ('TX-PERMIT', '沈阳市铁西区行政审批局', '210106');
insert into appeal_unit values ('HP-PERMIT', '沈阳市和平区行政审批局', '210102');
insert into appeal_unit values ('AS-HRSS', '鞍山市人力资源和社会保障局', '210300');
insert into appeal_unit values ('AS-FIN', '鞍山市金融发展局', '210300');
insert into appeal_unit values ('FS-PERMIT', '抚顺市营商环境建设局（行政审批）', '210400');
insert into appeal_unit values ('BX-HRSS', '本溪市人力资源和社会保障局', '210500');
insert into appeal_unit values ('FX-NR', '阜新市自然资源局', '210900');
insert into appeal_unit values ('LY-FIN', '辽阳市金融发展服务中心', '211000');
insert into appeal_unit values ('TL-PERMIT', '铁岭市行政审批局', '211200');
insert into appeal_unit values ('SFZ-PERMIT', '沈抚改革创新示范区行政审批局', 'SFZ');

-- Dispatch rules: jurisdiction × category (null = any) × industry prefix (null = any) → unit. Of the rules of the
-- location's division and the divisions above it, the most specific wins: a named category, then the longest
-- industry prefix, then the deepest jurisdiction, then the lowest priority number (DispatchingAppeal).
create sequence dispatch_rule_seq start with 1000 increment by 50;
create table dispatch_rule (
    id               bigint        primary key,
    division_code    varchar(12)   not null references division (code),
    category_code    varchar(24)   references appeal_category (code),
    industry_prefix  varchar(4),
    unit_code        varchar(40)   not null references appeal_unit (code),
    priority         integer       not null default 100
);
create index dispatch_rule_division_idx on dispatch_rule (division_code);
-- the default rule of every city, the zone and every county: its business-environment centre
insert into dispatch_rule (id, division_code, category_code, industry_prefix, unit_code, priority)
    select row_number() over (order by d.code), d.code, null, null, 'BEC-' || d.code, 1000
    from division d where d.level in ('CITY', 'ZONE', 'COUNTY');
-- demo rules
insert into dispatch_rule values (901, '210100', 'FINANCING', null, 'SY-FIN', 100);
insert into dispatch_rule values (902, '210100', 'LABOR', null, 'SY-HRSS', 100);
insert into dispatch_rule values (903, '210100', 'LAND', null, 'SY-NR', 100);
insert into dispatch_rule values (904, '210100', 'IP', null, 'SY-IP', 100);
insert into dispatch_rule values (905, '210100', 'UTILITIES', null, 'SY-UTIL', 100);
insert into dispatch_rule values (906, '210106', 'PERMIT', null, 'TX-PERMIT', 100);
insert into dispatch_rule values (907, '210102', 'PERMIT', null, 'HP-PERMIT', 100);
insert into dispatch_rule values (908, '210300', 'LABOR', null, 'AS-HRSS', 100);
insert into dispatch_rule values (909, '210300', 'FINANCING', null, 'AS-FIN', 100);
insert into dispatch_rule values (910, '210400', 'PERMIT', null, 'FS-PERMIT', 100);
insert into dispatch_rule values (911, '210500', 'LABOR', null, 'BX-HRSS', 100);
insert into dispatch_rule values (912, '210900', 'LAND', null, 'FX-NR', 100);
insert into dispatch_rule values (913, '211000', 'FINANCING', null, 'LY-FIN', 100);
insert into dispatch_rule values (914, '211200', 'PERMIT', null, 'TL-PERMIT', 100);
insert into dispatch_rule values (915, 'SFZ', 'PERMIT', null, 'SFZ-PERMIT', 100);
-- manufacturers whose GB/T 4754 code starts with 3 (divisions 30-39) in 铁西区 with land matters go to the city's
-- natural resources bureau even when 铁西 has its own rules: an industry-specific demo
insert into dispatch_rule values (916, '210106', 'LAND', '3', 'SY-NR', 100);

-- Open311 api keys, one per integrating system; only the SHA-256 of the key is stored.
create sequence open311_key_seq start with 1 increment by 50;
create table open311_key (
    id          bigint        primary key,
    system_name varchar(100)  not null,
    key_hash    varchar(64)   not null unique,
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone
);

-- The appeals.
create sequence appeal_seq start with 1 increment by 50;
create table appeal (
    id                  bigint         primary key,
    version             integer        not null default 0,
    state               varchar(16)    not null,
    source              varchar(10)    not null,
    category_code       varchar(24)    not null references appeal_category (code),
    description         varchar(2000)  not null,
    uscc                varchar(18),
    enterprise_name     varchar(200),
    account_id          bigint,
    idempotency_key     varchar(100),
    open311_key_id      bigint         references open311_key (id),
    device_id           varchar(100),
    open311_token       varchar(36)    unique,
    location_division   varchar(12)    not null references division (code),
    location_path       varchar(64)    not null,
    latitude            double precision,
    longitude           double precision,
    address             varchar(200),
    unit_code           varchar(40)    references appeal_unit (code),
    unit_name           varchar(100),
    unit_path           varchar(64),
    accept_due          date,
    answer_due          date,
    filed_at            timestamp with time zone not null,
    dispatched_at       timestamp with time zone,
    accepted_at         timestamp with time zone,
    replied_at          timestamp with time zone,
    closed_at           timestamp with time zone,
    updated_at          timestamp with time zone not null,
    reply               varchar(2000),
    rating              varchar(24),
    resolved            boolean,
    return_count        integer        not null default 0,
    reopen_count        integer        not null default 0,
    extension_days      integer        not null default 0,
    escalated           boolean        not null default false,
    constraint appeal_idempotency_uq unique (account_id, idempotency_key)
);
create index appeal_unit_path_idx on appeal (unit_path);
create index appeal_location_path_idx on appeal (location_path, filed_at);
create index appeal_uscc_idx on appeal (uscc);
create index appeal_open311_idx on appeal (open311_key_id, device_id, filed_at);

create table appeal_co_handler (
    appeal_id      bigint         not null references appeal (id) on delete cascade,
    unit_code      varchar(40)    not null references appeal_unit (code),
    unit_name      varchar(100)   not null,
    unit_path      varchar(64)    not null,
    primary key (appeal_id, unit_code)
);
create index appeal_co_handler_path_idx on appeal_co_handler (unit_path);

create sequence appeal_history_seq start with 1 increment by 50;
create table appeal_history (
    id          bigint         primary key,
    appeal_id   bigint         not null references appeal (id) on delete cascade,
    happened_at timestamp with time zone not null,
    actor       varchar(64)    not null,
    action      varchar(16)    not null,
    from_state  varchar(16),
    to_state    varchar(16)    not null,
    note        varchar(2000)
);
create index appeal_history_appeal_idx on appeal_history (appeal_id, id);
