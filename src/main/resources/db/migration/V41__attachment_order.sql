-- A message's attachments come back in the order they were sent: ids alone (UUIDv7) only order by millisecond.
alter table attachments add column sort_order integer not null default 0;
