-- The event producer's place in the change log: the (xid, seq) of the last change it turned into
-- events. One row; a producer locks it FOR UPDATE, so any number of worker processes may run the
-- producer and one produces at a time. Changes are read only below pg_snapshot_xmin, where no
-- transaction can still commit (docs/decisions/0013).
create table monitoring_producer (
  id boolean primary key default true check (id),
  last_xid xid8 not null default '0'::xid8,
  last_seq bigint not null default 0,
  produced_at timestamptz
);
insert into monitoring_producer (id) values (true);

-- The last event sequence number given per organisation and environment; only the producer,
-- holding the row above, moves it, so the feed's numbers have no gaps.
create table monitoring_sequences (
  organisation_id bigint not null references organisations (id),
  environment text not null check (environment in ('test', 'production')),
  last_seq bigint not null check (last_seq > 0),
  primary key (organisation_id, environment)
);

-- The producer wakes at once when a change commits (a notification is sent at commit and
-- repeated ones in one transaction fold into one), and polls as a fallback.
create function notify_register_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('register_changed', '');
  return null;
end;
$$;
create trigger register_changes_notify_monitoring
  after insert on register_changes
  for each statement execute function notify_register_changed();

