import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import type { Clock } from '../platform/time/riga.ts';
import { findPerson } from '../register/service.ts';
import { identityErrors } from './errors.ts';
import type { ResidentIdentity } from './resident-sign-in.ts';
import { startSession } from './sessions.ts';

/**
 * A resident the provider vouched for gets a session if the register knows them: the e-services
 * show what the registers hold about a person, so someone not in them has nothing to use here.
 */
export async function startResidentSession(
  db: Db,
  clock: Clock,
  identity: ResidentIdentity,
): Promise<{ token: string }> {
  let person: { id: number; personal_code: string };
  try {
    person = await findPerson(db, identity.personalCode);
  } catch (error) {
    if (error instanceof AppError && error.code === 'person_not_found') {
      throw new AppError(identityErrors.resident_not_in_register);
    }
    // A malformed code from the provider: its fault, but the person can only start again.
    if (error instanceof AppError && error.code.startsWith('personal_code_')) {
      throw new AppError(identityErrors.sign_in_failed);
    }
    throw error;
  }
  const { token } = await startSession(db, clock, {
    kind: 'resident',
    personId: person.id,
    personalCode: person.personal_code,
    name: identity.name,
    method: identity.method,
    acr: identity.acr,
    idToken: identity.idToken,
  });
  return { token };
}
