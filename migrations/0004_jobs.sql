-- The transactional outbox: a job is written in the transaction of the change that causes it, and
-- workers (in any process) claim due jobs with FOR UPDATE SKIP LOCKED.
create table jobs (
  id bigint generated always as identity primary key,
  kind text not null,
  payload jsonb not null,
  -- Same key, same job: enqueueing twice is harmless.
  dedupe_key text unique,
  status text not null default 'pending' check (status in ('pending', 'done', 'failed')),
  run_at timestamptz not null default now(),
  locked_until timestamptz,
  attempts integer not null default 0,
  max_attempts integer not null default 8,
  last_error text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);

create index jobs_due on jobs (run_at) where status = 'pending';
