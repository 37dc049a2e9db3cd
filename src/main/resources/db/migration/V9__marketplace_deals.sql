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

-- Leasing (PLANT: idle plant; EQUIPMENT: idle equipment). The same lease columns on offers (what is let, and the
-- window it is available in) and on demands (minimums wanted, and the period wanted).
-- price: yuan per m2 per month for PLANT, yuan per unit per day for EQUIPMENT.
alter table offer add column lease_area_m2 numeric(12, 2);
alter table offer add column lease_clear_height_m numeric(6, 2);
alter table offer add column lease_crane_t numeric(8, 2);
alter table offer add column lease_power_kva numeric(10, 2);
alter table offer add column lease_floor_load_t numeric(8, 2);
alter table offer add column lease_equipment_type varchar(40);
alter table offer add column lease_specification varchar(100);
alter table offer add column lease_units integer;
alter table offer add column lease_with_operator boolean;
alter table offer add column lease_price numeric(18, 2);
alter table offer add column lease_address varchar(200);
alter table offer add column lease_from date;
alter table offer add column lease_to date;
alter table demand add column lease_area_m2 numeric(12, 2);
alter table demand add column lease_clear_height_m numeric(6, 2);
alter table demand add column lease_crane_t numeric(8, 2);
alter table demand add column lease_power_kva numeric(10, 2);
alter table demand add column lease_floor_load_t numeric(8, 2);
alter table demand add column lease_equipment_type varchar(40);
alter table demand add column lease_specification varchar(100);
alter table demand add column lease_units integer;
alter table demand add column lease_with_operator boolean;
alter table demand add column lease_price numeric(18, 2);
alter table demand add column lease_address varchar(200);
alter table demand add column lease_from date;
alter table demand add column lease_to date;

-- A booking of an offer's units for a range of days (inclusive).
create sequence lease_booking_seq start with 1 increment by 50;
create table lease_booking (
    id            bigint        primary key,
    offer_id      bigint        not null references offer (id),
    lessee_uscc   varchar(18)   not null references enterprise (uscc),
    lessee_name   varchar(100)  not null,
    start_date    date          not null,
    end_date      date          not null,
    units         integer       not null,
    created_at    timestamp with time zone not null,
    constraint lease_booking_range check (start_date <= end_date and units > 0)
);
create index lease_booking_offer_idx on lease_booking (offer_id, start_date);
create index lease_booking_lessee_idx on lease_booking (lessee_uscc);

-- Double booking is impossible by construction: one row per booked day per unit of an offer, and the primary key
-- lets only one transaction commit a given (offer, unit, day). Two concurrent bookings of the same day and unit:
-- the second insert waits for the first transaction and then fails.
create table lease_booked_day (
    offer_id    bigint   not null references offer (id),
    unit_no     integer  not null,
    booked_on   date     not null,
    booking_id  bigint   not null references lease_booking (id) on delete cascade,
    primary key (offer_id, unit_no, booked_on)
);
create index lease_booked_day_booking_idx on lease_booked_day (booking_id);
