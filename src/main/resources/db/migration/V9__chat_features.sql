-- Chat features (issue 7): the widget's identity secret encrypted and rotatable; visitors' emails for the
-- offline form; channel switches.

-- The secret is now stored sealed by ChannelSecrets (AES-GCM, "v1:…"); rows written before V9 hold the plaintext
-- and are sealed on their first read. After a rotation the previous secret still verifies until
-- previous_valid_until, so the host site can deploy the new one.
alter table chat_inbox_secrets alter column secret set data type varchar(300);
alter table chat_inbox_secrets add column previous_secret varchar(300);
alter table chat_inbox_secrets add column previous_valid_until timestamp with time zone;
