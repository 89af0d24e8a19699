-- Voice calls bridged in a conference (issue 11): mute, hold by participant, warm transfer. Portable between H2
-- (MODE=PostgreSQL) and PostgreSQL.

-- conference_sid: the provider's conference the caller is in now (from its status callbacks; the conference is
-- named after the call, so a callback names its call). agent_call_sid: the handling agent's leg, created through
-- the Participants API; agent_muted: whether that leg is muted. consult_*: the colleague dialled in for a warm
-- transfer (their leg, and when it answered) while the caller is on hold. All state lives here, never in a node.
alter table voice_calls add column conference_sid varchar(64);
alter table voice_calls add column agent_call_sid varchar(64);
alter table voice_calls add column agent_muted boolean not null default false;
alter table voice_calls add column consult_agent_id uuid;
alter table voice_calls add column consult_call_sid varchar(64);
alter table voice_calls add column consult_answered_at timestamp with time zone;

-- Status reports of agent legs and conferences name the leg or conference ('leg:<CallSid>:<status>',
-- 'conference:<ConferenceSid>:<event>'), so several legs of one call are each recorded once.
alter table voice_call_events alter column status set data type varchar(100);
