-- Standing demands (issue 3): a newly published offer is matched against the open demands and their owners are told.
-- One row per (demand, offer) told, so that a redelivered OfferPublished event tells no one twice, and so that the
-- alerts of one demand in the last day can be counted against the daily cap.
create table standing_alert (
    demand_id       bigint not null,
    offer_id        bigint not null,
    score           double precision not null,
    notification_id bigint not null,
    created_at      timestamp with time zone not null,
    primary key (demand_id, offer_id)
);
create index standing_alert_demand_time on standing_alert (demand_id, created_at);
