-- Agents' suggested edits and "this article is outdated" flags, the authors' review queue.
-- An accepted suggestion names the article version it became (applied_version); base_version is the version
-- the agent was reading, so the author sees whether the article changed since. Portable between H2
-- (MODE=PostgreSQL) and PostgreSQL.
create table knowledge_suggestions (
    id                 uuid primary key,
    workspace_id       uuid not null references workspaces (id),
    article_id         uuid not null references knowledge_articles (id),
    kind               varchar(10) not null,
    comment            varchar(2000) not null,
    proposed_title     varchar(300),
    proposed_body_html text,
    base_version       integer not null,
    status             varchar(10) not null,
    suggested_by       uuid not null references users (id),
    created_at         timestamp with time zone not null,
    resolved_by        uuid references users (id),
    resolved_at        timestamp with time zone,
    applied_version    integer
);
create index knowledge_suggestions_queue on knowledge_suggestions (workspace_id, status, created_at);
create index knowledge_suggestions_article on knowledge_suggestions (article_id, created_at);

-- Searches people typed that found nothing, one counter per workspace, normalized query and day (UTC): what
-- authors should write next. Only typed searches count (not queries taken from customers' messages).
create table knowledge_search_misses (
    workspace_id uuid not null references workspaces (id),
    query_text   varchar(200) not null,
    search_day   date not null,
    searches     integer not null,
    primary key (workspace_id, query_text, search_day)
);
