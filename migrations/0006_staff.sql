-- Staff of the register authority (PMLP) and of the Information Centre, who work the back office.
create table staff_users (
  id bigint generated always as identity primary key,
  name text not null,
  -- Kept in lower case, so the unique constraint holds whatever case a person types.
  email text not null unique check (email = lower(email)),
  role text not null check (role in ('ic_agent', 'pmlp_officer')),
  -- argon2id, in its PHC string form (parameters and salt included).
  password_hash text not null,
  -- Failed sign-ins since the last success or lock; five lock the account for a while.
  failed_attempts integer not null default 0 check (failed_attempts >= 0),
  locked_until timestamptz,
  created_at timestamptz not null default now()
);
