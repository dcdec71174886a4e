-- One row per form sent with a one-time form token (`_form`): written in the same transaction as
-- the form's effect, so a second post of the same form (a reload, a double click, back and
-- resubmit) fails the primary key and reads where the first one led instead of acting again.
-- A concurrent second post waits on the first's uncommitted row and then reads its outcome.
create table form_submissions (
  -- The token's random part; its issue time and signature are checked before it comes here.
  token text primary key check (char_length(token) between 16 and 64),
  -- The page the first post redirected to (a local path), shown again to every repeat. Null only
  -- inside the first post's own transaction, before its effect is done: nobody else sees that.
  outcome text check (outcome like '/%' and outcome not like '//%'),
  created_at timestamptz not null default now(),
  -- When the token stops being accepted: the row is no longer needed after it.
  expires_at timestamptz not null
);
create index form_submissions_expiry on form_submissions (expires_at);
