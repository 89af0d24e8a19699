-- Warm transfer hand-over (issue 11): the agent who handed the caller over to a consulted colleague, when, and their
-- own after-call note with its wrap-up time (hand-over to note), kept apart from the colleague's note and wrap-up.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL.
alter table voice_calls add column handed_over_by uuid;
alter table voice_calls add column handed_over_at timestamp with time zone;
alter table voice_calls add column hand_over_note varchar(5000);
alter table voice_calls add column hand_over_wrap_up_seconds bigint;
