-- Appeals, part 2: durable clocks (db-scheduler), the 回访 deadline, and the notices the timers leave.

-- db-scheduler's table (com.github.kagkarlsson:db-scheduler 16.7.1; its PostgreSQL DDL with varchar keys instead of
-- text, so that the same statement also runs on H2 MODE=PostgreSQL, where text is a CLOB and cannot be a key).
create table scheduled_tasks (
    task_name             varchar(100)  not null,
    task_instance         varchar(250)  not null,
    task_data             bytea,
    execution_time        timestamp with time zone not null,
    picked                boolean       not null,
    picked_by             varchar(50),
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  integer,
    last_heartbeat        timestamp with time zone,
    version               bigint        not null,
    priority              smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- When the running clock started (派单, 签收, 重办 or 答复), and the 回访 deadline after 答复.
alter table appeal add column clock_started_at timestamp with time zone;
alter table appeal add column follow_up_due date;

-- What a timer left: a warning before a deadline, or the 督办 after it. One per appeal × kind × clock × deadline, so
-- a timer that fires twice leaves one notice.
create sequence appeal_notice_seq start with 1 increment by 50;
create table appeal_notice (
    id          bigint        primary key,
    appeal_id   bigint        not null references appeal (id) on delete cascade,
    kind        varchar(12)   not null,
    clock       varchar(12)   not null,
    due         date          not null,
    created_at  timestamp with time zone not null,
    constraint appeal_notice_uq unique (appeal_id, kind, clock, due)
);
create index appeal_notice_created_idx on appeal_notice (created_at);
