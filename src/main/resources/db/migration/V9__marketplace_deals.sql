-- Marketplace, next part: responses to demands, the deals they become, and two-sided ratings.
-- Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL 15.
-- A response (报价响应) is the deal candidate: the awarded response IS the deal, so a deal's id is its response's id.
-- Buyer and supplier names and the demand's title and scenario are copied at response time, so lists need no join.

create sequence demand_response_seq start with 1 increment by 50;
create table demand_response (
    id              bigint          primary key,
    demand_id       bigint          not null references demand (id),
    scenario        varchar(16)     not null,
    demand_title    varchar(100)    not null,
    buyer_uscc      varchar(18)     not null references enterprise (uscc),
    buyer_name      varchar(100)    not null,
    supplier_uscc   varchar(18)     not null references enterprise (uscc),
    supplier_name   varchar(100)    not null,
    quote_yuan      numeric(18, 2)  not null,
    lead_time_days  integer         not null,
    message         varchar(1000),
    status          varchar(12)     not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    awarded_at      timestamp with time zone,
    delivered_at    timestamp with time zone,
    completed_at    timestamp with time zone,
    version         integer         not null default 0,
    -- one response per supplier and demand
    constraint demand_response_once unique (demand_id, supplier_uscc)
);
create index demand_response_buyer_idx on demand_response (buyer_uscc, status);
create index demand_response_supplier_idx on demand_response (supplier_uscc, status);

-- One rating per deal and side. side = who is rated: SUPPLIER (by the buyer: on time, quality, communication)
-- or BUYER (by the supplier: payment on time). Scores 1-5.
create sequence deal_rating_seq start with 1 increment by 50;
create table deal_rating (
    id               bigint        primary key,
    deal_id          bigint        not null references demand_response (id),
    side             varchar(8)    not null,
    rater_uscc       varchar(18)   not null references enterprise (uscc),
    ratee_uscc       varchar(18)   not null references enterprise (uscc),
    on_time          integer,
    quality          integer,
    communication    integer,
    payment_on_time  integer,
    comment          varchar(500),
    created_at       timestamp with time zone not null,
    constraint deal_rating_once unique (deal_id, side),
    constraint deal_rating_side check (side in ('SUPPLIER', 'BUYER'))
);
create index deal_rating_ratee_idx on deal_rating (ratee_uscc, side);
