import { randomInt } from 'node:crypto';
import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import type { ChangeContext } from './change-context.ts';
import { toLatinLetters } from './data/names.ts';
import { registerErrors } from './errors.ts';
import { requirePersonByCode } from './guards.ts';
import { makeNewFormatCode } from './personal-code.ts';
import { requirePersonalCode } from './personal-code-check.ts';
import { DATA_SCOPES } from './scopes.ts';
import * as history from './history-store.ts';
import * as store from './store.ts';

export interface RegistrationInput {
  /** Absent: a new-format code is assigned, as the register has done since July 2017. */
  personalCode: string | null;
  givenNames: string;
  surname: string;
  birthDate: string;
  sex: 'male' | 'female';
  birth: { place: string; country: string; registrationEntry: string };
  nationality: {
    status: 'citizen' | 'non_citizen' | 'foreigner' | 'stateless';
    country: string | null;
  };
  address: { addressCode: string; flat: string | null } | null;
  parentCodes: string[];
}

/** Registers a person (a birth, or a foreigner's first entry) with all initial scopes at once. */
export async function registerPerson(
  trx: Db,
  input: RegistrationInput,
  ctx: ChangeContext,
): Promise<{ personId: number; personalCode: string; changeSeq: number }> {
  if (input.birthDate > ctx.today) {
    throw new AppError(registerErrors.date_in_future, { field: 'birthDate' });
  }
  if (input.address !== null && !(await store.addressExists(trx, input.address.addressCode))) {
    throw new AppError(registerErrors.address_not_in_list, { field: 'address.addressCode' });
  }
  const parents = [];
  for (const code of input.parentCodes) {
    parents.push(await requirePersonByCode(trx, requirePersonalCode(code), ctx.dataset));
  }
  const personalCode =
    input.personalCode === null
      ? await freeNewFormatCode(trx)
      : requirePersonalCode(input.personalCode);
  const personId = await history.insertPerson(trx, personalCode, ctx.dataset);
  if (personId === undefined) throw new AppError(registerErrors.person_already_registered);
  const seq = await store.appendChange(trx, {
    personId,
    kind: 'registration',
    scopes: [...DATA_SCOPES.filter((s) => s !== 'death')],
    authority: ctx.authority,
    process: ctx.process,
  });
  const row = { person_id: personId, change_seq: seq, superseded_at: null };
  await history.insertPersonIdentity(trx, {
    ...row,
    birth_date: input.birthDate,
    sex: input.sex,
    status: 'active',
  });
  await history.insertPersonNames(trx, {
    ...row,
    given_names: input.givenNames,
    surname: input.surname,
    latin_given_names: toLatinLetters(input.givenNames),
    latin_surname: toLatinLetters(input.surname),
    valid_from: input.birthDate,
    reason: 'birth',
  });
  await history.insertPersonBirth(trx, {
    ...row,
    place: input.birth.place,
    country: input.birth.country,
    registration_entry: input.birth.registrationEntry,
  });
  await history.insertPersonNationality(trx, {
    ...row,
    status: input.nationality.status,
    country: input.nationality.country,
    valid_from: input.birthDate,
  });
  if (input.address !== null) {
    await history.insertPersonAddresses(trx, {
      ...row,
      address_code: input.address.addressCode,
      flat: input.address.flat,
      kind: 'declared',
      valid_from: ctx.today,
      valid_to: null,
    });
  }
  for (const parent of parents) {
    await history.insertParentage(trx, {
      parent_id: parent.id,
      child_id: personId,
      change_seq: seq,
      superseded_at: null,
    });
    await store.appendChange(trx, {
      personId: parent.id,
      kind: 'registration',
      scopes: ['relatives'],
      authority: ctx.authority,
      process: ctx.process,
    });
  }
  return { personId, personalCode, changeSeq: seq };
}

/** New-format codes carry no information, so they are drawn at random until one is free. */
async function freeNewFormatCode(trx: Db): Promise<string> {
  for (;;) {
    const code = makeNewFormatCode(randomInt(0, 100_000_000));
    if ((await store.findPersonByCode(trx, code)) === undefined) return code;
  }
}
