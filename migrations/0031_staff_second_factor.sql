-- Staff can open any person's data, so they sign in with a second factor as organisation users
-- do: a TOTP secret sealed to its row (envelope encryption), and the last time step accepted so
-- a code is never accepted twice. A staff member without a secret cannot sign in until an
-- administrator issues one (`npm run cli -- staff totp <e-mail>`).
alter table staff_users
  add column totp_secret bytea,
  add column totp_last_step bigint not null default 0;
