-- Marketplace: demands (需求) and offers (供给) for machining outsourcing and raw materials.
-- Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL. Columns for plant and equipment leasing come later.
-- Owner location (division, coordinates) is copied from the enterprise at posting time, so that matching needs no
-- scoped registry read per candidate.

create sequence demand_seq start with 1 increment by 50;
create table demand (
    id                bigint         primary key,
    scenario          varchar(16)    not null,
    status            varchar(8)     not null,
    owner_uscc        varchar(18)    not null references enterprise (uscc),
    owner_name        varchar(100)   not null,
    title             varchar(100)   not null,
    description       varchar(2000),
    division_code     varchar(12)    not null references division (code),
    division_path     varchar(64)    not null,
    latitude          double precision,
    longitude         double precision,
    delivery_area     varchar(12)    references division (code),
    material_category varchar(32),
    tolerance_it      integer,
    tolerance_um      double precision,
    size_x_mm         double precision,
    size_y_mm         double precision,
    size_z_mm         double precision,
    quantity          numeric(18, 3),
    unit              varchar(8),
    due_date          date,
    max_unit_price    numeric(18, 2),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           integer        not null default 0
);
create index demand_scenario_status_idx on demand (scenario, status, created_at);
create index demand_owner_idx on demand (owner_uscc);

create table demand_process (
    demand_id     bigint       not null references demand (id) on delete cascade,
    process_code  varchar(32)  not null,
    primary key (demand_id, process_code)
);
create table demand_material (
    demand_id      bigint       not null references demand (id) on delete cascade,
    material_code  varchar(32)  not null,
    primary key (demand_id, material_code)
);
create table demand_certification (
    demand_id           bigint       not null references demand (id) on delete cascade,
    certification_code  varchar(32)  not null,
    primary key (demand_id, certification_code)
);
create index demand_process_code_idx on demand_process (process_code);

create sequence offer_seq start with 1 increment by 50;
create table offer (
    id                bigint         primary key,
    scenario          varchar(16)    not null,
    status            varchar(8)     not null,
    owner_uscc        varchar(18)    not null references enterprise (uscc),
    owner_name        varchar(100)   not null,
    title             varchar(100)   not null,
    description       varchar(2000),
    division_code     varchar(12)    not null references division (code),
    division_path     varchar(64)    not null,
    latitude          double precision,
    longitude         double precision,
    delivery_area     varchar(12)    references division (code),
    tolerance_it      integer,
    tolerance_um      double precision,
    envelope_x_mm     double precision,
    envelope_y_mm     double precision,
    envelope_z_mm     double precision,
    batch_min         numeric(18, 3),
    batch_max         numeric(18, 3),
    monthly_capacity  numeric(18, 3),
    unit              varchar(8),
    lead_time_days    integer,
    min_order         numeric(18, 3),
    unit_price        numeric(18, 2),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           integer        not null default 0
);
create index offer_scenario_status_idx on offer (scenario, status, created_at);
create index offer_owner_idx on offer (owner_uscc);

create table offer_process (
    offer_id      bigint       not null references offer (id) on delete cascade,
    process_code  varchar(32)  not null,
    primary key (offer_id, process_code)
);
create table offer_material (
    offer_id       bigint       not null references offer (id) on delete cascade,
    material_code  varchar(32)  not null,
    primary key (offer_id, material_code)
);
create table offer_category (
    offer_id       bigint       not null references offer (id) on delete cascade,
    category_code  varchar(32)  not null,
    primary key (offer_id, category_code)
);
create table offer_certification (
    offer_id            bigint       not null references offer (id) on delete cascade,
    certification_code  varchar(32)  not null,
    primary key (offer_id, certification_code)
);
create index offer_process_code_idx on offer_process (process_code);
create index offer_material_code_idx on offer_material (material_code);
