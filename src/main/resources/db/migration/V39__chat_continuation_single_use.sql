-- An "Offer chat" link works for the first browser that opens it: the digest of that visitor's token is kept, so
-- the same browser may reload the link, and anyone the email was forwarded to gets an anonymous chat instead.
alter table chat_continuations add column redeemed_by varchar(64);
