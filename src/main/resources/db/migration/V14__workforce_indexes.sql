-- Workforce (灵活用工) retrieval speed (wave 2, issue 4). Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL 15.
-- "Jobs near me" looks for open jobs (status = 'OPEN') in a latitude/longitude box around the resident: one index
-- serves the equality on the status and the range on the latitude together (V7's job_status_idx and
-- job_lat_lon_idx serve only one of them each) and carries the longitude and the end date, so that the rest of the
-- box and "not yet over" are checked in the index before a row is read.
-- "Candidates for this job" is driven by V7's resident_skill_code_idx (skill_code, resident_id): see FindingWorkers.
create index job_open_box_idx on job (status, latitude, longitude, end_date);
