-- Web chat (issue 7): the widget's visitors and each chat inbox's identity-verification secret.

-- A visitor is one browser's token for one chat inbox; only the token's SHA-256 digest is stored. The
-- address is the contact's CHAT identity (visitor:<id>, or user:<id> when the host site verifies its user),
-- so several devices of a verified user share one contact, and a visitor follows their contact's merges.
create table chat_visitors (
    id            uuid primary key,
    workspace_id  uuid not null references workspaces (id),
    inbox_id      uuid not null references inboxes (id),
    address       varchar(320) not null,
    token_digest  varchar(64) not null,
    created_at    timestamp with time zone not null
);
create unique index chat_visitors_token on chat_visitors (token_digest);

-- The secret a host site signs its user ids with (HMAC-SHA256), one per chat inbox, created on first use.
create table chat_inbox_secrets (
    inbox_id      uuid primary key references inboxes (id),
    workspace_id  uuid not null references workspaces (id),
    secret        varchar(100) not null,
    created_at    timestamp with time zone not null
);

-- A visitor's rating after resolution (1-5 and a comment), one per conversation.
create table chat_ratings (
    conversation_id uuid primary key,
    workspace_id    uuid not null references workspaces (id),
    score           integer not null,
    comment         varchar(2000),
    created_at      timestamp with time zone not null
);
