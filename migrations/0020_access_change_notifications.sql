-- Server processes cache whether a connection may be used. A change that ends or narrows that
-- use is announced at commit (NOTIFY is transactional), so every process drops its copy at once:
-- a connection's own change names its client_id; a change to an organisation's agreements names
-- the organisation, and listeners drop what they hold of all its connections.

create function notify_connection_changed() returns trigger language plpgsql as $$
declare
  client text;
begin
  if tg_table_name = 'connections' then
    client := coalesce(new.client_id, old.client_id);
  else
    select c.client_id into client from connections c
    where c.id = coalesce(new.connection_id, old.connection_id);
  end if;
  perform pg_notify('rg_connection_changed', client);
  return null;
end;
$$;

create trigger connections_notify_changed
  after update or delete on connections
  for each row execute function notify_connection_changed();
create trigger connection_keys_notify_changed
  after insert or update or delete on connection_keys
  for each row execute function notify_connection_changed();

create function notify_organisation_access_changed() returns trigger language plpgsql as $$
begin
  if new.access_revision is distinct from old.access_revision then
    perform pg_notify('rg_organisation_access_changed', new.id::text);
  end if;
  return null;
end;
$$;

create trigger organisations_notify_access_changed
  after update of access_revision on organisations
  for each row execute function notify_organisation_access_changed();
