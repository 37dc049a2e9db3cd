-- Appeals, part 3: attachments (stored in the database, next to their appeal: one transaction with the appeal,
-- one backup, the same on every app node), and the Open311 retry rule as a constraint.

create sequence appeal_attachment_seq start with 1 increment by 50;
create table appeal_attachment (
    id           bigint        primary key,
    appeal_id    bigint        not null references appeal (id),
    file_name    varchar(200)  not null,
    kind         varchar(8)    not null,
    media_type   varchar(100)  not null,
    size_bytes   integer       not null check (size_bytes > 0 and size_bytes <= 10485760),
    sha256       varchar(64)   not null,
    content      bytea         not null,
    uploaded_at  timestamp with time zone not null,
    uploaded_by  varchar(100)  not null,
    check (kind in ('PDF', 'JPEG', 'PNG', 'DOCX', 'XLSX'))
);
create index appeal_attachment_appeal_idx on appeal_attachment (appeal_id);

-- The Open311 retry rule, held by the database: a POST with the same api key, device_id and description (SHA-256 of
-- the trimmed text) is a retry of the first appeal when it comes in the same 10-minute bucket (UTC epoch seconds /
-- 600) as that appeal or in the next one: always within 10 minutes, never after 20. Each new Open311 appeal claims
-- its bucket and the next; a second appeal claiming either fails on the primary key, so two concurrent retries
-- leave one appeal.
create table open311_retry_claim (
    open311_key_id      bigint        not null references open311_key (id),
    device_id           varchar(100)  not null,
    description_sha256  varchar(64)   not null,
    bucket              bigint        not null,
    appeal_id           bigint        not null references appeal (id),
    primary key (open311_key_id, device_id, description_sha256, bucket)
);

-- An integrating system's own rate limit (requests per minute; null: lianshang.appeals.open311.requests-per-minute).
alter table open311_key add column requests_per_minute integer;
