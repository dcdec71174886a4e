-- Webhook delivery of monitoring events (docs/decisions/0014). One endpoint per system
-- connection. `delivered_seq` is the endpoint's cursor: every event of its organisation and
-- environment up to it was answered 2xx; the next one is sent only after that. A worker claims
-- an endpoint by setting a lease (`lease_token`, `lease_until`); a lease that runs out (its
-- worker died) lets another worker take the endpoint and send the unanswered event again.
create table monitoring_webhook_endpoints (
  id bigint generated always as identity primary key,
  connection_id bigint not null unique references connections (id),
  organisation_id bigint not null references organisations (id),
  environment text not null check (environment in ('test', 'production')),
  url text not null check (char_length(url) between 8 and 2000),
  status text not null default 'active' check (status in ('active', 'disabled')),
  disabled_reason text check (disabled_reason in ('gone', 'failing')),
  disabled_at timestamptz,
  delivered_seq bigint not null default 0 check (delivered_seq >= 0),
  -- Failed attempts in a row of what is sent next; the backoff counts them.
  failures integer not null default 0 check (failures >= 0),
  failing_since timestamptz,
  next_attempt_at timestamptz not null default now(),
  lease_token uuid,
  lease_until timestamptz,
  created_at timestamptz not null default now(),
  check ((status = 'disabled') = (disabled_at is not null))
);
create index monitoring_webhook_endpoints_due
  on monitoring_webhook_endpoints (next_attempt_at) where status = 'active';
create index monitoring_webhook_endpoints_stream
  on monitoring_webhook_endpoints (organisation_id, environment);

-- Signing secrets, sealed with the envelope key. A rotation gives the older ones an end
-- (`retires_at`); until then deliveries carry a signature by each.
create table monitoring_webhook_secrets (
  id bigint generated always as identity primary key,
  endpoint_id bigint not null references monitoring_webhook_endpoints (id),
  sealed bytea not null,
  created_at timestamptz not null default now(),
  retires_at timestamptz,
  -- The secret is shown once: the page that asked for it gets a token whose hash is kept here
  -- until that page is shown (or a few minutes pass).
  reveal_hash bytea,
  reveal_until timestamptz
);
create index monitoring_webhook_secrets_endpoint on monitoring_webhook_secrets (endpoint_id);

-- An event asked to be sent again on its own (out of order, by the organisation's choice).
create table monitoring_webhook_resends (
  id bigint generated always as identity primary key,
  endpoint_id bigint not null references monitoring_webhook_endpoints (id),
  seq bigint not null,
  requested_by text not null,
  requested_at timestamptz not null default now(),
  sent_at timestamptz
);
create index monitoring_webhook_resends_pending
  on monitoring_webhook_resends (endpoint_id, id) where sent_at is null;

-- Every attempt, written when it starts (so an attempt whose worker died is seen) and completed
-- with its outcome: the status code or the kind of error, the time taken and the answer's first
-- bytes. Never the event's body: the event is in monitoring_events.
create table monitoring_webhook_attempts (
  id uuid primary key,
  endpoint_id bigint not null references monitoring_webhook_endpoints (id),
  seq bigint not null,
  resend_id bigint references monitoring_webhook_resends (id),
  started_at timestamptz not null,
  finished_at timestamptz,
  status_code integer,
  error_kind text check (error_kind in
    ('timeout', 'connection', 'reset', 'redirect', 'http_status', 'abandoned')),
  duration_ms integer,
  response_excerpt text,
  succeeded boolean
);
create index monitoring_webhook_attempts_endpoint
  on monitoring_webhook_attempts (endpoint_id, started_at desc);

-- New events wake the delivering workers at once; a bounded poll covers a missed message.
create function monitoring_events_notify() returns trigger language plpgsql as $$
begin
  perform pg_notify('rg_monitoring_events', '');
  return null;
end $$;
create trigger monitoring_events_notify after insert on monitoring_events
  for each statement execute function monitoring_events_notify();
