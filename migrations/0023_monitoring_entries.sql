-- The persons an organisation monitors in one environment. An entry is open while `ends_at` is
-- null or ahead; ending one (now or from a date) sets `ends_at` with who ended it and why. At
-- most one entry of a person is open without an end per organisation and environment; adding a
-- person whose entry is set to end ahead takes the end back instead of adding a second.
create table monitoring_entries (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id),
  environment text not null check (environment in ('test', 'production')),
  person_id bigint not null references persons (id),
  -- The organisation's own reference for the person (a customer number, say).
  reference text check (reference is null or char_length(reference) between 1 and 100),
  -- One of the purposes of the agreement the entry was added under.
  purpose text not null check (length(btrim(purpose)) > 0),
  -- Who added it: 'user:<id>' (an organisation user) or 'connection:<id>' (a system client).
  added_by text not null,
  added_at timestamptz not null default now(),
  ends_at timestamptz,
  ended_by text,
  end_reason text check (end_reason in ('removed', 'agreement_ended', 'monitoring_ended', 'death')),
  check ((ends_at is null) = (end_reason is null)),
  check (ends_at is null or ends_at >= added_at)
);
create unique index monitoring_entries_one_open
  on monitoring_entries (organisation_id, environment, person_id) where ends_at is null;
-- The event producer joins each change to the entries of its person.
create index monitoring_entries_person on monitoring_entries (person_id, added_at);
create index monitoring_entries_list on monitoring_entries (organisation_id, environment, id);
