-- Email transport (issue 7, E2): the outbox of replies to send by SMTP and the IMAP fetch position of each
-- mailbox folder. Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

-- One row per reply in an email inbox, written in the reply's transaction. A sender claims due rows for a
-- while (claim_token, claimed_until), so several nodes never send the same row at once and a node that died
-- mid-send leaves its rows to the others once the claim expires.
create table email_outbox (
    id               uuid primary key,
    workspace_id     uuid not null references workspaces (id),
    inbox_id         uuid not null references inboxes (id),
    conversation_id  uuid not null,
    message_id       uuid not null unique,
    email_message_id varchar(300) not null,
    status           varchar(20) not null,
    attempts         integer not null default 0,
    next_attempt_at  timestamp with time zone not null,
    claim_token      uuid,
    claimed_until    timestamp with time zone,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone
);
create index email_outbox_due on email_outbox (status, next_attempt_at);
create index email_outbox_claim on email_outbox (claim_token);

-- Where fetching stopped in a mailbox folder. A new UIDVALIDITY means the server renumbered the folder, so it
-- is read again from the start (the receiver recognises what it stored before by Message-ID). One node at a
-- time polls a folder: it holds the lease (lease_owner until lease_until).
create table email_mailbox_state (
    inbox_id     uuid not null references inboxes (id),
    folder       varchar(200) not null,
    uid_validity bigint,
    last_uid     bigint not null default 0,
    lease_owner  uuid,
    lease_until  timestamp with time zone,
    polled_at    timestamp with time zone,
    last_error   varchar(1000),
    primary key (inbox_id, folder)
);
