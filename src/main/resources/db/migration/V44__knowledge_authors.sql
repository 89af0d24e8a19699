-- Subject-matter experts: agents an admin or supervisor lets write articles, for the whole knowledge base
-- (whole_base) or for chosen categories (knowledge_author_categories; a category covers its sub-categories).
-- Supervisors and admins author everything without a row here. Portable between H2 (MODE=PostgreSQL) and
-- PostgreSQL.
create table knowledge_authors (
    workspace_id uuid not null references workspaces (id),
    user_id      uuid not null references users (id),
    whole_base   boolean not null,
    granted_by   uuid not null references users (id),
    granted_at   timestamp with time zone not null,
    primary key (workspace_id, user_id)
);

create table knowledge_author_categories (
    workspace_id uuid not null,
    user_id      uuid not null,
    category_id  uuid not null references knowledge_categories (id) on delete cascade,
    primary key (workspace_id, user_id, category_id),
    foreign key (workspace_id, user_id) references knowledge_authors (workspace_id, user_id) on delete cascade
);
create index knowledge_author_categories_category on knowledge_author_categories (category_id);

-- A published article's next version waiting for an author (an accepted suggestion): readers and search keep the
-- live version (the article's row) until the draft is published; the draft is a row of knowledge_article_versions.
alter table knowledge_articles add column draft_version integer;
