-- Routing (issue 8): an agent on a call gets no new non-voice work unless their profile allows it.
alter table routing_profiles add column chat_during_calls boolean not null default false;
