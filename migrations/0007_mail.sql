-- Mail. Messages travel as `mail.send` jobs in the outbox (0004); these tables hold what the
-- sending leaves behind.

-- The development mailbox: without SMTP_URL (development and tests) a message is kept here and
-- shown at /dev/mail instead of being sent. Production never writes it. The id is the message's
-- own id from its job, so a retried job stores the message once.
create table dev_mailbox (
  id uuid primary key,
  -- "to" is an SQL keyword; recipient spares every query the quoting.
  recipient text not null,
  subject text not null,
  text text not null,
  html text,
  reference text,
  created_at timestamptz not null default now()
);

create index dev_mailbox_recent on dev_mailbox (created_at desc);

-- One row per send attempt and its outcome, for operations ("did the mail about report X go out,
-- and what did the relay say?"). Never the body, and only the recipient's domain: the job's
-- payload already holds the full address while the job is kept, and this log need not become a
-- second record of who was written to. The SMTP answer is stored with addresses masked.
create table mail_log (
  id bigint generated always as identity primary key,
  mail_id uuid not null,
  reference text,
  recipient_domain text not null,
  outcome text not null check (outcome in ('sent', 'stored', 'failed')),
  detail text,
  created_at timestamptz not null default now()
);

create index mail_log_mail on mail_log (mail_id, created_at);
