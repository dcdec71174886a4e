import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import type { ChangeContext } from './change-context.ts';
import { toLatinLetters } from './data/names.ts';
import { registerErrors } from './errors.ts';
import { requireDateInLife, requireLivingPerson, requirePersonByCode } from './guards.ts';
import { requirePersonalCode } from './personal-code-check.ts';
import * as history from './history-store.ts';
import * as store from './store.ts';

/**
 * The changes a register sees in life. Each one checks its rules, then writes new rows (and
 * supersedes the rows it replaces) together with a change-log entry, in the caller's transaction.
 */

export interface ChangeResult {
  changeSeq: number;
}

export async function declareAddress(
  trx: Db,
  personId: number,
  input: {
    addressCode: string;
    flat: string | null;
    kind: 'declared' | 'additional';
    validFrom: string;
  },
  ctx: ChangeContext,
): Promise<ChangeResult> {
  const identity = await requireLivingPerson(trx, personId);
  requireDateInLife('validFrom', input.validFrom, identity.birth_date, ctx.today);
  if (!(await store.addressExists(trx, input.addressCode))) {
    throw new AppError(registerErrors.address_not_in_list, { field: 'addressCode' });
  }
  const seq = await store.appendChange(trx, {
    personId,
    kind: 'address_declaration',
    scopes: ['addresses'],
    authority: ctx.authority,
    process: ctx.process,
  });
  if (input.kind === 'declared') {
    const current = (await store.addresses(trx, personId)).find(
      (a) => a.kind === 'declared' && a.valid_to === null,
    );
    if (current !== undefined) {
      if (input.validFrom < current.valid_from) {
        throw new AppError(registerErrors.date_before_current, {
          field: 'validFrom',
          since: current.valid_from,
        });
      }
      // The old declared address ends the day the new one starts: a closed copy replaces it.
      await store.supersede(trx, 'person_addresses', current.id);
      await history.insertPersonAddresses(trx, {
        person_id: personId,
        address_code: current.address_code,
        flat: current.flat,
        kind: 'declared',
        valid_from: current.valid_from,
        valid_to: input.validFrom,
        change_seq: seq,
        superseded_at: null,
      });
    }
  }
  await history.insertPersonAddresses(trx, {
    person_id: personId,
    address_code: input.addressCode,
    flat: input.flat,
    kind: input.kind,
    valid_from: input.validFrom,
    valid_to: null,
    change_seq: seq,
    superseded_at: null,
  });
  return { changeSeq: seq };
}

export async function changeName(
  trx: Db,
  personId: number,
  input: {
    givenNames: string;
    surname: string;
    validFrom: string;
    reason: 'marriage' | 'divorce' | 'change_of_name';
  },
  ctx: ChangeContext,
): Promise<ChangeResult> {
  const identity = await requireLivingPerson(trx, personId);
  requireDateInLife('validFrom', input.validFrom, identity.birth_date, ctx.today);
  const current = (await store.names(trx, personId)).at(-1);
  if (current !== undefined && input.validFrom < current.valid_from) {
    throw new AppError(registerErrors.date_before_current, {
      field: 'validFrom',
      since: current.valid_from,
    });
  }
  const seq = await store.appendChange(trx, {
    personId,
    kind: 'name_change',
    scopes: ['identity', 'names_history'],
    authority: ctx.authority,
    process: ctx.process,
  });
  await history.insertPersonNames(trx, {
    person_id: personId,
    given_names: input.givenNames,
    surname: input.surname,
    latin_given_names: toLatinLetters(input.givenNames),
    latin_surname: toLatinLetters(input.surname),
    valid_from: input.validFrom,
    reason: input.reason,
    change_seq: seq,
    superseded_at: null,
  });
  return { changeSeq: seq };
}

export async function issueDocument(
  trx: Db,
  personId: number,
  input: {
    type: 'passport' | 'eid_card' | 'residence_permit';
    number: string;
    issuer: string;
    issuedOn: string;
    expiresOn: string;
  },
  ctx: ChangeContext,
): Promise<ChangeResult> {
  const identity = await requireLivingPerson(trx, personId);
  requireDateInLife('issuedOn', input.issuedOn, identity.birth_date, ctx.today);
  if (input.expiresOn <= input.issuedOn) {
    throw new AppError(registerErrors.document_expires_before_issue, { field: 'expiresOn' });
  }
  if (await store.documentNumberTaken(trx, input.number)) {
    throw new AppError(registerErrors.document_number_taken, { field: 'number' });
  }
  const seq = await store.appendChange(trx, {
    personId,
    kind: 'document_issue',
    scopes: ['documents'],
    authority: ctx.authority,
    process: ctx.process,
  });
  // A new document of a type replaces the one still valid, as a new passport voids the old.
  const replaced = (await store.documents(trx, personId)).filter(
    (d) => d.type === input.type && d.status === 'valid',
  );
  for (const old of replaced) {
    await invalidate(trx, old, 'replaced', seq);
  }
  await history.insertPersonDocuments(trx, {
    person_id: personId,
    type: input.type,
    number: input.number,
    issuer: input.issuer,
    issued_on: input.issuedOn,
    expires_on: input.expiresOn,
    status: 'valid',
    status_reason: null,
    change_seq: seq,
    superseded_at: null,
  });
  return { changeSeq: seq };
}

export async function invalidateDocument(
  trx: Db,
  personId: number,
  input: { number: string; reason: 'lost' | 'stolen' | 'damaged' | 'replaced' | 'other' },
  ctx: ChangeContext,
): Promise<ChangeResult> {
  const document = await store.findDocument(trx, personId, input.number);
  if (document === undefined) throw new AppError(registerErrors.document_not_found);
  if (document.status !== 'valid') throw new AppError(registerErrors.document_not_valid);
  const seq = await store.appendChange(trx, {
    personId,
    kind: 'document_invalidation',
    scopes: ['documents'],
    authority: ctx.authority,
    process: ctx.process,
  });
  await invalidate(trx, document, input.reason, seq);
  return { changeSeq: seq };
}

type DocumentRow = NonNullable<Awaited<ReturnType<typeof store.findDocument>>>;

async function invalidate(trx: Db, document: DocumentRow, reason: string, seq: number) {
  await store.supersede(trx, 'person_documents', document.id);
  await history.insertPersonDocuments(trx, {
    person_id: document.person_id,
    type: document.type,
    number: document.number,
    issuer: document.issuer,
    issued_on: document.issued_on,
    expires_on: document.expires_on,
    status: 'invalidated',
    status_reason: reason,
    change_seq: seq,
    superseded_at: null,
  });
}

export async function recordMarriage(
  trx: Db,
  personId: number,
  input: { spousePersonalCode: string; marriedOn: string; place: string },
  ctx: ChangeContext,
): Promise<ChangeResult> {
  const spouse = await requirePersonByCode(
    trx,
    requirePersonalCode(input.spousePersonalCode),
    ctx.dataset,
  );
  if (spouse.id === personId) throw new AppError(registerErrors.marriage_to_self);
  for (const id of [personId, spouse.id]) {
    const identity = await requireLivingPerson(trx, id);
    requireDateInLife('marriedOn', input.marriedOn, identity.birth_date, ctx.today);
    const open = (await store.marriages(trx, id)).find((m) => m.ended_on === null);
    if (open !== undefined) throw new AppError(registerErrors.already_married);
  }
  const seq = await appendChangeForBoth(trx, [personId, spouse.id], 'marriage_registration', ctx);
  await history.insertMarriages(trx, {
    person_a: personId,
    person_b: spouse.id,
    married_on: input.marriedOn,
    place: input.place,
    ended_on: null,
    end_reason: null,
    change_seq: seq,
    superseded_at: null,
  });
  return { changeSeq: seq };
}

export async function recordDivorce(
  trx: Db,
  personId: number,
  input: { spousePersonalCode: string; divorcedOn: string },
  ctx: ChangeContext,
): Promise<ChangeResult> {
  const spouse = await requirePersonByCode(
    trx,
    requirePersonalCode(input.spousePersonalCode),
    ctx.dataset,
  );
  const marriage = (await store.marriages(trx, personId)).find(
    (m) => m.ended_on === null && m.spouse_id === spouse.id,
  );
  if (marriage === undefined) throw new AppError(registerErrors.not_married);
  if (input.divorcedOn > ctx.today) {
    throw new AppError(registerErrors.date_in_future, { field: 'divorcedOn' });
  }
  if (input.divorcedOn < marriage.married_on) {
    throw new AppError(registerErrors.date_before_current, {
      field: 'divorcedOn',
      since: marriage.married_on,
    });
  }
  const seq = await appendChangeForBoth(trx, [personId, spouse.id], 'divorce_registration', ctx);
  await endMarriage(trx, marriage, input.divorcedOn, 'divorce', seq);
  return { changeSeq: seq };
}

export async function registerDeath(
  trx: Db,
  personId: number,
  input: { diedOn: string; place: string },
  ctx: ChangeContext,
): Promise<ChangeResult> {
  const identity = await requireLivingPerson(trx, personId);
  requireDateInLife('diedOn', input.diedOn, identity.birth_date, ctx.today);
  const seq = await store.appendChange(trx, {
    personId,
    kind: 'death_registration',
    scopes: ['identity', 'death', 'documents', 'civil_status'],
    authority: ctx.authority,
    process: ctx.process,
  });
  await store.supersede(trx, 'person_identity', identity.id);
  await history.insertPersonIdentity(trx, {
    person_id: personId,
    birth_date: identity.birth_date,
    sex: identity.sex,
    status: 'deceased',
    change_seq: seq,
    superseded_at: null,
  });
  await history.insertPersonDeaths(trx, {
    person_id: personId,
    died_on: input.diedOn,
    place: input.place,
    change_seq: seq,
    superseded_at: null,
  });
  for (const document of await store.documents(trx, personId)) {
    if (document.status === 'valid') await invalidate(trx, document, 'death', seq);
  }
  const marriage = (await store.marriages(trx, personId)).find((m) => m.ended_on === null);
  if (marriage !== undefined) {
    // The surviving spouse's civil status changes too, so their monitors hear of it.
    await store.appendChange(trx, {
      personId: marriage.spouse_id,
      kind: 'death_registration',
      scopes: ['civil_status'],
      authority: ctx.authority,
      process: ctx.process,
    });
    await endMarriage(trx, marriage, input.diedOn, 'death', seq);
  }
  return { changeSeq: seq };
}

type MarriageRow = Awaited<ReturnType<typeof store.marriages>>[number];

async function endMarriage(
  trx: Db,
  marriage: MarriageRow,
  endedOn: string,
  reason: 'divorce' | 'death',
  seq: number,
) {
  await store.supersede(trx, 'marriages', marriage.id);
  await history.insertMarriages(trx, {
    person_a: marriage.person_a,
    person_b: marriage.person_b,
    married_on: marriage.married_on,
    place: marriage.place,
    ended_on: endedOn,
    end_reason: reason,
    change_seq: seq,
    superseded_at: null,
  });
}

/** Both spouses' histories record the change; rows point at the first entry. */
async function appendChangeForBoth(
  trx: Db,
  [first, second]: [number, number],
  kind: string,
  ctx: ChangeContext,
): Promise<number> {
  const change = { kind, scopes: ['civil_status'], authority: ctx.authority, process: ctx.process };
  const seq = await store.appendChange(trx, { personId: first, ...change });
  await store.appendChange(trx, { personId: second, ...change });
  return seq;
}
