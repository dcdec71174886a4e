-- Platform tables: the audit log. Rows are only ever appended; sealing them into a hash chain
-- keeps its own table, so no audit row is ever updated.

create function refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'append_only: % on % is not allowed', tg_op, tg_table_name
    using errcode = 'P0001';
end;
$$;

create table audit_events (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  -- resident | org_user | system_client | staff | operator | system
  actor_type text not null,
  actor_id text not null,
  organisation_id bigint,
  subject_person_id bigint,
  action text not null,
  scopes text[] not null default '{}',
  purpose text,
  legal_basis text,
  -- api | browser | portal | backoffice | operator
  channel text not null,
  environment text,
  fee_cents integer not null default 0 check (fee_cents >= 0),
  fee_exempt boolean not null default false,
  reason text,
  request_id text
);

create index audit_events_subject on audit_events (subject_person_id, occurred_at);

create trigger audit_events_append_only
  before update or delete on audit_events
  for each row execute function refuse_change();

create trigger audit_events_no_truncate
  before truncate on audit_events
  for each statement execute function refuse_change();
