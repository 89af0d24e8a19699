-- "Offer chat": a link that continues an email conversation in the web chat. Only the token's SHA-256 digest is
-- stored; the link names the workspace, the conversation, its contact and the chat inbox, and expires.
create table chat_continuations (
    token_digest     varchar(64) primary key,
    workspace_id     uuid not null references workspaces (id),
    conversation_id  uuid not null references conversations (id),
    contact_id       uuid not null,
    chat_inbox_id    uuid not null references inboxes (id),
    expires_at       timestamp with time zone not null,
    created_at       timestamp with time zone not null
);

-- A visitor who came through such a link writes in that conversation, whichever inbox it is in.
alter table chat_visitors add column conversation_id uuid references conversations (id);
