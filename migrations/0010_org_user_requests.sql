-- A responsible user's request for a new Person Data Browser user, where no agreement in force
-- lets the organisation create users itself: staff approve it (the user is invited) or refuse it.
create table org_user_requests (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id),
  name text not null check (length(btrim(name)) > 0),
  email text not null check (email = lower(email)),
  requested_by bigint not null references org_users (id),
  status text not null check (status in ('pending', 'approved', 'refused')),
  -- Why staff refused; shown to the organisation.
  reason text,
  decided_by bigint references staff_users (id),
  decided_at timestamptz,
  -- The user the approval invited.
  org_user_id bigint references org_users (id),
  created_at timestamptz not null default now(),
  check (status = 'pending' or decided_at is not null),
  check (status <> 'refused' or length(btrim(coalesce(reason, ''))) > 0)
);

create index org_user_requests_by_organisation on org_user_requests (organisation_id, created_at);
-- One open request per address: a second would invite the same person twice.
create unique index org_user_requests_one_pending on org_user_requests (email)
  where status = 'pending';
