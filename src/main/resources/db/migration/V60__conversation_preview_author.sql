-- Who wrote the message a conversation's preview shows, so the list can say "You:", "Bot:" or a colleague's name.
alter table conversations add column preview_author_type varchar(10);
alter table conversations add column preview_author_id uuid;
update conversations set preview_author_type = 'CONTACT', preview_author_id = contact_id where preview_direction = 'INBOUND';
