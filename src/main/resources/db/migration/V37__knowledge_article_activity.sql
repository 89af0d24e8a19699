-- Article analytics: how often each article was viewed by agents, viewed in the help center, suggested to agents
-- in the side panel and used in a reply. One counter row per article, day (UTC) and kind, however often it
-- happens, so recording costs one update. Portable between H2 (MODE=PostgreSQL) and PostgreSQL.
create table knowledge_article_activity (
    workspace_id uuid not null references workspaces (id),
    article_id   uuid not null references knowledge_articles (id),
    activity_day date not null,
    kind         varchar(20) not null,
    times        bigint not null,
    constraint knowledge_article_activity_pk primary key (article_id, activity_day, kind)
);
create index knowledge_article_activity_workspace on knowledge_article_activity (workspace_id, activity_day);
