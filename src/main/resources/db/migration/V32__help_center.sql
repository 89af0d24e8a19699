-- The public help center: each workspace's settings (its public slug, branding, how "Contact us" reaches the
-- team), visitors' "was this helpful?" answers and their contact requests. Portable between H2 (MODE=PostgreSQL)
-- and PostgreSQL.

-- One row per workspace that set up its help center; the slug names it in public URLs (/help/<slug>/...).
create table help_centers (
    workspace_id     uuid primary key references workspaces (id),
    slug             varchar(60) not null,
    enabled          boolean not null,
    name             varchar(200),
    brand_color      varchar(7) not null,
    logo_url         varchar(1000),
    chat_inbox_id    uuid references inboxes (id),
    contact_inbox_id uuid references inboxes (id),
    updated_at       timestamp with time zone not null,
    constraint help_centers_slug unique (slug)
);

-- "Was this helpful?" from help center visitors, for article analytics. A visitor is known only by a digest of
-- their address and browser (visitor_key), so answering again replaces their earlier answer.
create table help_center_feedback (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id),
    article_id   uuid not null references knowledge_articles (id),
    language     varchar(10) not null,
    helpful      boolean not null,
    visitor_key  varchar(64) not null,
    created_at   timestamp with time zone not null,
    constraint help_center_feedback_once unique (article_id, visitor_key)
);
create index help_center_feedback_workspace on help_center_feedback (workspace_id, article_id, created_at);
create index help_center_feedback_visitor on help_center_feedback (visitor_key, created_at);

-- Contact form submissions, to hold each visitor to a few per hour on every node alike.
create table help_center_contact_requests (
    id              uuid primary key,
    workspace_id    uuid not null references workspaces (id),
    visitor_key     varchar(64) not null,
    conversation_id uuid not null,
    created_at      timestamp with time zone not null
);
create index help_center_contact_requests_visitor on help_center_contact_requests (visitor_key, created_at);
