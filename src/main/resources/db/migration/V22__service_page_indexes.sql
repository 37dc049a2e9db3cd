-- The enterprise's service page and 360° view (portal, issue 9) read an enterprise's supply edges as supplier and as
-- buyer (chain.EnterpriseChains): without these the latest edges and both counts scanned the whole supply_edge table
-- on every page view (seen in bench/run portal's profile: H2 tableScan).
create index supply_edge_supplier_uscc_idx on supply_edge (supplier_uscc, created_at);
create index supply_edge_buyer_uscc_idx on supply_edge (buyer_uscc, created_at);
