import type { Db } from '../../src/database.ts';
import { createStaffUser } from '../../src/identity/service.ts';
import { startSession } from '../../src/identity/sessions.ts';
import type { StaffRole } from '../../src/platform/http/auth.ts';
import type { Clock } from '../../src/platform/time/riga.ts';

let serial = 0;

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
  const { id } = await createStaffUser(db, {
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
