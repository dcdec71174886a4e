-- Data access: what every query checks and keeps.

-- Moves on every change of an organisation's agreements or grants (by trigger), so a cached copy
-- of its terms is known to be stale by one primary-key read, in every server process at once.
alter table organisations add column access_revision bigint not null default 0;

create function bump_access_revision() returns trigger language plpgsql as $$
declare
  org bigint;
begin
  if tg_table_name = 'agreements' then
    org := coalesce(new.organisation_id, old.organisation_id);
  else
    select a.organisation_id into org from agreements a
    where a.id = coalesce(new.agreement_id, old.agreement_id);
  end if;
  update organisations set access_revision = access_revision + 1 where id = org;
  return null;
end;
$$;

create trigger agreements_bump_access_revision
  after insert or update or delete on agreements
  for each row execute function bump_access_revision();
create trigger agreement_grants_bump_access_revision
  after insert or update or delete on agreement_grants
  for each row execute function bump_access_revision();

-- Whether the organisation may search by surname, given name and birth date (not only by code).
alter table agreements add column criteria_search boolean not null default false;

-- The answer to a call made with an Idempotency-Key, sealed (it holds person data), so a retry
-- gets the same answer without a second charge. Kept for a day.
create table idempotent_answers (
  organisation_id bigint not null references organisations (id),
  idempotency_key text not null,
  -- SHA-256 of the call (path and body): the same key with another call is refused.
  request_hash bytea not null,
  status integer not null,
  answer bytea not null,
  created_at timestamptz not null default now(),
  primary key (organisation_id, idempotency_key)
);

create index idempotent_answers_age on idempotent_answers (created_at);

-- An audit row the law keeps from the person for a time (for example during an investigation):
-- hidden from "who used my data" until the day given. The audit row itself is never changed.
create table audit_holds (
  audit_event_id bigint primary key references audit_events (id),
  hidden_until date not null,
  reason text not null check (length(btrim(reason)) > 0),
  staff_id bigint references staff_users (id),
  created_at timestamptz not null default now()
);
