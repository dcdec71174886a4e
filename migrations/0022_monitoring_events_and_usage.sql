-- Monitoring reads the change log in commit order. `seq` comes from an identity column and
-- transactions commit out of order, so each change also carries the id of the transaction that
-- wrote it: a reader takes only changes of transactions below the oldest one still running
-- (pg_snapshot_xmin), ordered by (xid, seq), and so never passes a change yet to commit.
alter table register_changes add column xid xid8 not null default pg_current_xact_id();
create index register_changes_xid on register_changes (xid, seq);

-- One row per change (or correction) an organisation is told of, per environment. `seq` is
-- gapless per organisation and environment (the cursor of the pull feed and the order of
-- webhook deliveries); `id` is the event id a receiver de-duplicates on. Never the data itself.
create table monitoring_events (
  organisation_id bigint not null references organisations (id),
  environment text not null check (environment in ('test', 'production')),
  seq bigint not null check (seq > 0),
  id uuid not null unique,
  -- 'change': a monitored person's data changed; 'correction': a value this organisation
  -- received (by monitoring, the API or the Person Data Browser) was corrected.
  type text not null check (type in ('change', 'correction')),
  person_id bigint not null references persons (id),
  personal_code text not null,
  -- The organisation's own reference for the person, when it gave one.
  reference text,
  kind text not null,
  scopes text[] not null check (cardinality(scopes) > 0),
  -- True when the register's change corrects a wrong value rather than recording a new fact.
  correction boolean not null default false,
  change_seq bigint not null references register_changes (seq),
  occurred_at timestamptz not null,
  created_at timestamptz not null default now(),
  primary key (organisation_id, environment, seq)
);
create index monitoring_events_created on monitoring_events (created_at);

-- Metered use per organisation, environment and Riga day, kept so an invoice can show it:
-- 'users' (browser users and system connections, decision 0006) and 'monitored_persons'.
-- `peak` is the highest count seen that day, `closing` the count at its end (or now).
create table billing_daily_usage (
  organisation_id bigint not null references organisations (id),
  environment text not null check (environment in ('test', 'production')),
  metric text not null check (metric in ('users', 'monitored_persons')),
  day date not null,
  peak integer not null check (peak >= 0),
  closing integer not null check (closing >= 0 and closing <= peak),
  primary key (organisation_id, environment, metric, day)
);
