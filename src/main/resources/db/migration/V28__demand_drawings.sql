-- Drawings of a demand (issue 3): stored in the database next to their demand (one transaction, one backup, the same
-- on every app node), at most 20 MB each, of the kinds the content shows (PDF, PNG, JPEG, DXF, DWG, STEP).
create sequence demand_drawing_seq start with 1 increment by 1;
create table demand_drawing (
    id           bigint        primary key,
    demand_id    bigint        not null references demand (id),
    file_name    varchar(200)  not null,
    kind         varchar(8)    not null,
    media_type   varchar(100)  not null,
    size_bytes   integer       not null check (size_bytes > 0 and size_bytes <= 20971520),
    sha256       varchar(64)   not null,
    content      bytea         not null,
    uploaded_at  timestamp with time zone not null,
    uploaded_by  varchar(100)  not null,
    check (kind in ('PDF', 'PNG', 'JPEG', 'DXF', 'DWG', 'STEP'))
);
create index demand_drawing_demand_idx on demand_drawing (demand_id);
