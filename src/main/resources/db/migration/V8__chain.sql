-- Industrial chains (产业链图谱): the 20 Shenyang chains with versioned node sets, enterprises on nodes, supply edges.
-- Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL. The reference chains are loaded from
-- classpath:chain/*.csv on the first start (ChainReferenceData), not here, so that the CSV stays the one source.
-- Enterprise location (division code and path) is copied at assignment/declaration time, like the marketplace does,
-- so that jurisdiction scoping is a condition of this module's own queries. A supplier outside the metropolitan area
-- is not in the registry: its supplier_division_code/path are null and supplier_location names its province/city.

create table chain (
    code             varchar(16)   primary key,
    name             varchar(60)   not null,
    name_en          varchar(100)  not null,
    group_code       varchar(16)   not null,
    sort_order       integer       not null,
    current_version  integer       not null
);

create sequence chain_version_seq start with 1 increment by 50;
create table chain_version (
    id           bigint        primary key,
    chain_code   varchar(16)   not null references chain (code),
    version      integer       not null,
    note         varchar(500),
    created_by   varchar(100)  not null,
    created_at   timestamp with time zone not null,
    constraint chain_version_uq unique (chain_code, version)
);

create sequence chain_node_seq start with 1 increment by 50;
create table chain_node (
    id              bigint        primary key,
    chain_code      varchar(16)   not null references chain (code),
    version         integer       not null,
    segment         varchar(8)    not null,
    code            varchar(24)   not null,
    name            varchar(60)   not null,
    kind            varchar(12)   not null,
    industry_codes  varchar(200)  not null,
    keywords        varchar(300)  not null,
    weight          integer       not null,
    sort_order      integer       not null,
    constraint chain_node_uq unique (chain_code, version, code)
);

create sequence chain_assignment_seq start with 1 increment by 50;
create table chain_assignment (
    id               bigint        primary key,
    chain_code       varchar(16)   not null references chain (code),
    node_code        varchar(24)   not null,
    uscc             varchar(18)   not null,
    enterprise_name  varchar(100)  not null,
    industry_code    varchar(8),
    division_code    varchar(12)   not null,
    division_path    varchar(64)   not null,
    latitude         double precision,
    longitude        double precision,
    status           varchar(10)   not null,
    lead_firm        boolean       not null default false,
    reason           varchar(300)  not null,
    decided_by       varchar(100),
    decided_at       timestamp with time zone,
    created_at       timestamp with time zone not null,
    version          integer       not null default 0,
    constraint chain_assignment_uq unique (chain_code, node_code, uscc)
);
create index chain_assignment_node_idx on chain_assignment (chain_code, node_code, status);
create index chain_assignment_path_idx on chain_assignment (division_path);
create index chain_assignment_uscc_idx on chain_assignment (uscc);

create sequence supply_edge_seq start with 1 increment by 50;
create table supply_edge (
    id                       bigint        primary key,
    chain_code               varchar(16)   not null references chain (code),
    node_code                varchar(24)   not null,
    supplier_uscc            varchar(18),
    supplier_name            varchar(100)  not null,
    supplier_division_code   varchar(12),
    supplier_division_path   varchar(64),
    supplier_location        varchar(100),
    buyer_uscc               varchar(18)   not null,
    buyer_name               varchar(100)  not null,
    buyer_division_code      varchar(12)   not null,
    buyer_division_path      varchar(64)   not null,
    value_band               varchar(12)   not null,
    provenance               varchar(10)   not null,
    source_ref               varchar(100),
    created_by               varchar(100)  not null,
    created_at               timestamp with time zone not null
);
create index supply_edge_chain_idx on supply_edge (chain_code, node_code);
create index supply_edge_buyer_path_idx on supply_edge (buyer_division_path);
create index supply_edge_supplier_path_idx on supply_edge (supplier_division_path);
create unique index supply_edge_source_uq on supply_edge (chain_code, provenance, source_ref);
