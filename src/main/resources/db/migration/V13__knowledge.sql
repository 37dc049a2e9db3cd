-- Knowledge items of the enterprise service page (企业知识服务中心): policy interpretations, chain news and
-- training, each aimed at an industry (GB/T 4754 letter-prefixed code prefix, e.g. C34) and/or a division
-- (a city, a county or SFZ), or at everyone when both are empty. Loaded and kept in step with the curated file
-- knowledge/knowledge-items.csv by the portal at start. Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL.
create table knowledge_item (
    code             varchar(16)   primary key,
    kind             varchar(32)   not null,
    title            varchar(200)  not null,
    summary          varchar(1000) not null,
    industry_prefix  varchar(8),
    division_code    varchar(12),
    source           varchar(200)  not null,
    url              varchar(300),
    published_on     date          not null,
    demo             boolean       not null,
    updated_at       timestamp with time zone not null
);
create index knowledge_item_published_idx on knowledge_item (published_on);
