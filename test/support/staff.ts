import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/database.ts';
import { createEnvelope } from '../../src/platform/crypto/envelope.ts';
import type { Config } from '../../src/config.ts';
import { createStaffUser, type NewStaffUser } from '../../src/identity/service.ts';
import { startSession } from '../../src/identity/sessions.ts';
import type { StaffRole } from '../../src/platform/http/auth.ts';
import type { Clock } from '../../src/platform/time/riga.ts';

let serial = 0;
/** These members never sign in by the form, so their authenticator is sealed with a key of its own. */
const envelope = createEnvelope(randomBytes(32));

/**
 * A staff member with a live browser session, for route tests that are not about signing in.
 * Answers the staff id, the cookie header to send and the session's form token.
 */
export async function staffSession(
  db: Db,
  clock: Clock,
  role: StaffRole = 'pmlp_officer',
): Promise<{ staffId: number; name: string; cookie: string; csrf: string }> {
  serial += 1;
  const name = `Darbinieks ${serial}`;
  const { id } = await createStaffUser(db, envelope, {
    name,
    email: `staff${serial}.${process.pid}@pmlp.example.lv`,
    role,
    password: 'correct horse battery staple',
  });
  const { token, session } = await startSession(db, clock, {
    kind: 'staff',
    staffId: id,
    name,
    role,
  });
  return { staffId: id, name, cookie: `rg_session=${token}`, csrf: session.csrfToken };
}

/**
 * A staff member who signs in by the form, as a person would: the authenticator is sealed with
 * the server's own key, and its secret is answered for the test to compute codes from.
 */
export async function staffWithAuthenticator(
  server: { db: Db; config: Config },
  input: NewStaffUser,
): Promise<{ email: string; password: string; totpSecretBase32: string }> {
  const { totp } = await createStaffUser(
    server.db,
    createEnvelope(server.config.secrets.encryptionKey),
    input,
  );
  return { email: input.email, password: input.password, totpSecretBase32: totp.secretBase32 };
}
