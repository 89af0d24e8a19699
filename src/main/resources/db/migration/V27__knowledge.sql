-- Knowledge base: categories, articles with their versions and tags, the search index's change clock and
-- the agents' "this helped" feedback. Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

create table knowledge_categories (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    parent_id    uuid references knowledge_categories (id),
    name         varchar(200) not null,
    created_at   timestamp with time zone not null
);
create index knowledge_categories_workspace on knowledge_categories (workspace_id, parent_id);

-- One row per article in one language; translations share a translation_group_id (one per language).
-- A translation names the article it was translated from; it is stale while that article's content changed
-- after its own (content_updated_at moves on content saves only, not on status changes).
-- index_revision orders the changes every node's search index replays (see knowledge_index_clock).
create table knowledge_articles (
    id                   uuid primary key,
    workspace_id         uuid not null references workspaces (id),
    translation_group_id uuid not null,
    language             varchar(10) not null,
    title                varchar(300) not null,
    body_html            text not null,
    audience             varchar(10) not null,
    status               varchar(10) not null,
    category_id          uuid references knowledge_categories (id),
    owner_id             uuid not null references users (id),
    source_article_id    uuid references knowledge_articles (id),
    version              integer not null,
    content_updated_at   timestamp with time zone not null,
    index_revision       bigint not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint knowledge_articles_one_per_language unique (translation_group_id, language)
);
create index knowledge_articles_workspace on knowledge_articles (workspace_id, updated_at);
create index knowledge_articles_index_revision on knowledge_articles (index_revision);

create table knowledge_article_tags (
    article_id uuid not null references knowledge_articles (id),
    tag        varchar(100) not null,
    primary key (article_id, tag)
);

-- Every save of an article, so any earlier one can be shown and restored.
create table knowledge_article_versions (
    article_id  uuid not null references knowledge_articles (id),
    version     integer not null,
    title       varchar(300) not null,
    body_html   text not null,
    audience    varchar(10) not null,
    status      varchar(10) not null,
    category_id uuid,
    tags        text not null,
    author_id   uuid not null references users (id),
    created_at  timestamp with time zone not null,
    primary key (article_id, version)
);

-- A single counter row: writers take it with an update (a row lock held to commit), so revisions become
-- visible in the order they were handed out and a node polling "revision > last seen" never skips one.
create table knowledge_index_clock (
    id       smallint primary key,
    revision bigint not null
);
insert into knowledge_index_clock (id, revision) values (1, 0);

-- "This helped" from the agent workspace, feeding article analytics.
create table knowledge_feedback (
    id              uuid primary key,
    workspace_id    uuid not null references workspaces (id),
    article_id      uuid not null references knowledge_articles (id),
    user_id         uuid not null references users (id),
    conversation_id uuid,
    helped          boolean not null,
    created_at      timestamp with time zone not null
);
create index knowledge_feedback_article on knowledge_feedback (article_id, created_at);
