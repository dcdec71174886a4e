-- Bearer tokens for the register authority's operators (staff systems and the CLI).
-- Only a SHA-256 of the token is kept; the token itself is shown once, when it is made.
create table operator_tokens (
  id bigint generated always as identity primary key,
  name text not null,
  authority text not null,
  token_hash bytea not null unique,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
