-- Browser sessions of residents and staff. The cookie carries a random id; only its SHA-256 is
-- kept, so a copy of the database does not yield sessions anyone could use.
create table browser_sessions (
  id bigint generated always as identity primary key,
  token_hash bytea not null unique,
  kind text not null check (kind in ('resident', 'staff')),
  -- persons.id for a resident, staff_users.id for staff (no foreign key: it depends on kind).
  subject_id bigint not null,
  -- How the session began: sign-in method, display name, the ID token for sign-out at the provider.
  data jsonb not null,
  csrf_token text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  -- The idle deadline, moved forward on use; never past the absolute limit of eight hours.
  expires_at timestamptz not null,
  check (expires_at <= created_at + interval '8 hours')
);

create index browser_sessions_expiry on browser_sessions (expires_at);
