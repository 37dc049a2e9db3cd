-- Notification 通知 (inbox, contact addresses, the durable email outbox) and the policy push with its funnel.
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL.

-- One inbox entry per message and recipient: an enterprise (uscc) or an account (username).
create sequence notification_seq start with 1 increment by 50;
create table notification (
    id                 bigint        primary key,
    recipient_uscc     varchar(18),
    recipient_account  varchar(64),
    topic              varchar(32)   not null,
    reference          varchar(64),
    subject            varchar(200)  not null,
    body               varchar(4000) not null,
    link               varchar(400),
    track_token        varchar(64)   not null unique,
    created_at         timestamp with time zone not null,
    opened_at          timestamp with time zone,
    opened_via         varchar(16),
    check (recipient_uscc is not null or recipient_account is not null)
);
create index notification_uscc_idx on notification (recipient_uscc, created_at);
create index notification_account_idx on notification (recipient_account, created_at);

-- Where a recipient wants email: 'uscc:<code>' or 'account:<username>'.
create table notification_contact (
    recipient   varchar(90)   primary key,
    email       varchar(254)  not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(64)   not null
);

-- The email outbox: a row per message; a poller sends due rows and retries with backoff.
create sequence notification_email_seq start with 1 increment by 50;
create table notification_email (
    id               bigint        primary key,
    notification_id  bigint        not null references notification (id),
    to_address       varchar(254),
    status           varchar(16)   not null,
    attempts         integer       not null default 0,
    send_after       timestamp with time zone not null,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone
);
create index notification_email_due_idx on notification_email (status, send_after);

-- A policy pushed to an enterprise (one per policy version and enterprise) and its funnel:
-- pushed -> opened -> intent confirmed -> applied -> paid, each with when and its source.
create sequence policy_push_seq start with 1 increment by 50;
create table policy_push (
    id                 bigint        primary key,
    policy_id          bigint        not null references policy (id),
    version_no         integer       not null,
    uscc               varchar(18)   not null,
    division_path      varchar(64)   not null,
    automatic          boolean       not null,
    state              varchar(16)   not null,
    reason             varchar(64)   not null,
    notification_id    bigint,
    created_at         timestamp with time zone not null,
    pushed_at          timestamp with time zone,
    opened_at          timestamp with time zone,
    opened_source      varchar(64),
    confirmed_at       timestamp with time zone,
    confirmed_source   varchar(64),
    applied_at         timestamp with time zone,
    applied_source     varchar(64),
    paid_at            timestamp with time zone,
    paid_source        varchar(64),
    paid_amount        numeric(14, 2),
    voucher_no         varchar(64),
    credit_checked_at  timestamp with time zone,
    credit_source      varchar(64),
    credit_note        varchar(200),
    version            integer       not null default 0,
    constraint policy_push_once unique (policy_id, version_no, uscc)
);
create index policy_push_uscc_idx on policy_push (uscc, pushed_at);
create index policy_push_policy_idx on policy_push (policy_id, division_path);
create index policy_push_state_idx on policy_push (state, created_at);
create index policy_push_notification_idx on policy_push (notification_id);

-- One row per policy version evaluated over the registry: what the run found and how long it took.
create table policy_push_run (
    policy_id    bigint        not null references policy (id),
    version_no   integer       not null,
    reason       varchar(64)   not null,
    finished_at  timestamp with time zone not null,
    evaluated    bigint        not null,
    pushed       integer       not null,
    queued       integer       not null,
    credit_check integer       not null,
    millis       bigint        not null,
    primary key (policy_id, version_no)
);

-- One row, locked (select ... for update) by every push run, so that runs on any node are serialized and the
-- weekly cap holds.
create table policy_push_lock (
    id  integer  primary key
);
insert into policy_push_lock (id) values (1);
