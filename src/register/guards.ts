import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import { registerErrors } from './errors.ts';
import * as store from './store.ts';
import type { Dataset } from './tables.ts';

/** Checks shared by every life event, so each one reads as its own rule and nothing else. */

export async function requireLivingPerson(trx: Db, personId: number) {
  const identity = await store.currentIdentity(trx, personId);
  if (identity === undefined) throw new AppError(registerErrors.person_not_found);
  if (identity.status === 'deceased') throw new AppError(registerErrors.person_deceased);
  return identity;
}

export function requireDateInLife(
  field: string,
  date: string,
  birthDate: string,
  today: string,
): void {
  if (date > today) throw new AppError(registerErrors.date_in_future, { field });
  if (date < birthDate) throw new AppError(registerErrors.date_before_birth, { field });
}

export async function requirePersonByCode(trx: Db, code: string, dataset?: Dataset) {
  const person = await store.findPersonByCode(trx, code, dataset);
  if (person === undefined) throw new AppError(registerErrors.person_not_found);
  return person;
}
