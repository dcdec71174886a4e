import type { Db } from '../../src/database.ts';
import { startSession } from '../../src/identity/sessions.ts';
import type { Clock } from '../../src/platform/time/riga.ts';

/** A resident signed in with eID, as the portal's sign-in leaves them: a cookie and a CSRF token. */
export async function residentSession(
  db: Db,
  clock: Clock,
  person: { personId: number; personalCode: string },
): Promise<{ cookie: string; csrf: string }> {
  const { token, session } = await startSession(db, clock, {
    kind: 'resident',
    personId: person.personId,
    personalCode: person.personalCode,
    name: 'Ilze Kalniņa',
    method: 'eid',
    acr: 'high',
    idToken: null,
  });
  return { cookie: `rg_session=${token}`, csrf: session.csrfToken };
}
