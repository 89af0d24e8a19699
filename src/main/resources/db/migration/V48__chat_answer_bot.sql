-- The chat's answer bot: one row per conversation it took up, in which state it left it, and when a visitor who does
-- not answer is given up on (a database deadline, so whichever node sweeps first ends it, once).
create table chat_bot_sessions (
    conversation_id uuid primary key,
    workspace_id uuid not null,
    inbox_id uuid not null,
    state varchar(20) not null,
    language varchar(10) not null,
    articles varchar(1000),
    started_at timestamp with time zone not null,
    due_at timestamp with time zone,
    ended_at timestamp with time zone
);
create index chat_bot_sessions_due on chat_bot_sessions (state, due_at);
create index chat_bot_sessions_inbox on chat_bot_sessions (workspace_id, inbox_id, started_at);

-- "That answered my question" on a bot's answer: helpful votes for the articles it offered, for article analytics.
create table chat_bot_article_votes (
    workspace_id uuid not null,
    conversation_id uuid not null,
    article_id uuid not null,
    voted_at timestamp with time zone not null,
    primary key (conversation_id, article_id)
);
create index chat_bot_article_votes_when on chat_bot_article_votes (workspace_id, voted_at);
