-- Industrial chains follow the registry (EnterpriseChanged): an enterprise that is no longer 存续 (ACTIVE) drops out
-- of the node counts, the lead firms and the local supporting rate, but its records are kept (and come back if it is
-- ACTIVE again). Each side of a supply edge has its own flag, set from that enterprise's own status.
alter table chain_assignment add column enterprise_active boolean default true not null;
alter table supply_edge add column supplier_active boolean default true not null;
alter table supply_edge add column buyer_active boolean default true not null;
