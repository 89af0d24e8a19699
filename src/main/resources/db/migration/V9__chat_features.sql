-- Chat features (issue 7): the widget's identity secret encrypted and rotatable; visitors' emails for the
-- offline form; channel switches.

-- The secret is now stored sealed by ChannelSecrets (AES-GCM, "v1:…"); rows written before V9 hold the plaintext
-- and are sealed on their first read. After a rotation the previous secret still verifies until
-- previous_valid_until, so the host site can deploy the new one.
alter table chat_inbox_secrets alter column secret set data type varchar(300);
alter table chat_inbox_secrets add column previous_secret varchar(300);
alter table chat_inbox_secrets add column previous_valid_until timestamp with time zone;

-- A chat conversation continued by email: the agents' replies also go by email, through an email inbox of the
-- workspace, until the visitor writes in the chat again. Started by the visitor (nobody was available and they
-- left their email) or by an agent ("Continue by email").
create table chat_email_follow_ups (
    conversation_id uuid primary key,
    workspace_id    uuid not null references workspaces (id),
    requested_by    varchar(20) not null,
    created_at      timestamp with time zone not null
);
