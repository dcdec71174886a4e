-- The residents' e-service: runs of the BDAS e-service, and the reports residents send.

create table service_runs (
  id bigint generated always as identity primary key,
  -- The identification number the person sees: random, so it tells nothing and cannot be guessed.
  public_id text not null unique,
  person_id bigint not null references persons (id),
  service text not null check (service in ('bdas_info')),
  sign_in_method text not null,
  status text not null default 'started'
    check (status in ('started', 'in_progress', 'finished', 'abandoned')),
  started_at timestamptz not null default now(),
  terms_accepted_at timestamptz,
  finished_at timestamptz,
  check ((status in ('finished', 'abandoned')) = (finished_at is not null))
);

create index service_runs_person on service_runs (person_id, started_at desc);

create table resident_reports (
  id bigint generated always as identity primary key,
  reference text not null unique,
  -- deficiency: the data shown is wrong (to the Information Centre); error: the service misbehaves
  kind text not null check (kind in ('deficiency', 'error')),
  person_id bigint not null references persons (id),
  run_id bigint references service_runs (id),
  data_item text,
  description text not null,
  correct_value text,
  contact_email text,
  contact_phone text,
  attachment_name text,
  attachment_type text,
  attachment_size integer,
  attachment_key_id text,
  attachment_wrapped_key bytea,
  attachment_iv bytea,
  attachment_auth_tag bytea,
  attachment_ciphertext bytea,
  status text not null default 'received'
    check (status in ('received', 'in_progress', 'resolved', 'rejected')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (kind = 'error' or (data_item is not null and correct_value is not null)),
  check (contact_email is not null or contact_phone is not null)
);

create index resident_reports_queue on resident_reports (kind, status, created_at);
create index resident_reports_person on resident_reports (person_id, created_at desc);

-- Every status change with the staff member's reply; never changed afterwards.
create table report_updates (
  id bigint generated always as identity primary key,
  report_id bigint not null references resident_reports (id),
  status text not null check (status in ('received', 'in_progress', 'resolved', 'rejected')),
  reply text,
  staff_id bigint,
  created_at timestamptz not null default now()
);

create index report_updates_report on report_updates (report_id, created_at);

create trigger report_updates_append_only before update or delete on report_updates
  for each row execute function refuse_change();
