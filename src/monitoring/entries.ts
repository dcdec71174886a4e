import type { Environment } from '../agreements/service.ts';
import { recordUsage } from '../billing/service.ts';
import type { Db } from '../database.ts';
import { appendAuditRows } from '../platform/audit/audit-log.ts';
import { AppError, type ErrorDefinition, type ErrorDetails } from '../platform/errors.ts';
import { rigaDate, rigaDayStart, type Clock } from '../platform/time/riga.ts';
import { findPersonsIn, parsePersonalCode, registerErrors } from '../register/service.ts';
import { entryErrors } from './entry-errors.ts';
import * as store from './entry-store.ts';
import { monitoringTerms, type MonitoringTerms } from './entry-terms.ts';

/**
 * The list of persons an organisation monitors in one environment. Adding needs an agreement in
 * force that includes monitoring there; its number of persons is the limit. Adding a person
 * already monitored changes nothing but the reference, when one is given (an integrator may
 * correct its own references that way); adding one whose entry ends ahead takes that end back.
 * Every change records the day's count in billing's usage meter in the same transaction.
 */

/** Who acts on the list, and where: the environment is the connection's or the page's. */
export interface EntryActor {
  organisationId: number;
  environment: Environment;
  /** 'user:<id>' or 'connection:<id>', as the entry records it. */
  by: string;
  audit: { actorType: 'org_user' | 'system_client'; actorId: string; channel: 'api' | 'browser' };
  requestId: string;
}

export interface AddItem {
  personalCode: string;
  /** Its line in an uploaded file (blank lines skipped); its position from 1 otherwise. */
  line?: number;
  reference?: string | null | undefined;
}

/** A refused item of a batch or a file: its position (from 1), what was given, and why. */
export interface ItemProblem {
  line: number;
  personalCode: string;
  error: ErrorDefinition;
}

export interface AddCounts {
  added: number;
  resumed: number;
  alreadyMonitored: number;
  monitored: number;
  limit: number;
}

export type AddOutcome =
  | { ok: true; counts: AddCounts; codes: string[] }
  | { ok: false; problems: ItemProblem[]; limit: number; monitored: number; requested: number };

export const MAX_ITEMS = 10_000;
export const MAX_REFERENCE = 100;

const DATASET = { production: 'production', test: 'test' } as const;

function chosenPurpose(terms: MonitoringTerms, purpose: string | null | undefined): string {
  const wanted = purpose?.trim() ?? '';
  if (wanted === '') {
    const only = terms.purposes.length === 1 ? terms.purposes[0] : undefined;
    if (only === undefined) {
      throw new AppError(entryErrors.monitoring_purpose_required, { purposes: terms.purposes });
    }
    return only;
  }
  if (!terms.purposes.includes(wanted))
    throw new AppError(entryErrors.monitoring_purpose_not_agreed);
  return wanted;
}

function cleanReference(reference: string | null | undefined): string | null | ErrorDefinition {
  if (reference === undefined || reference === null) return null;
  const trimmed = reference.trim();
  if (trimmed === '') return null;
  if (trimmed.length > MAX_REFERENCE || /\p{Cc}/u.test(trimmed)) {
    return entryErrors.monitoring_reference_invalid;
  }
  return trimmed;
}

async function recordCount(
  trx: Db,
  actor: Pick<EntryActor, 'organisationId' | 'environment'>,
  now: Date,
) {
  const count = await store.countOpen(trx, actor.organisationId, actor.environment, now);
  await recordUsage(trx, {
    organisationId: actor.organisationId,
    environment: actor.environment,
    metric: 'monitored_persons',
    day: rigaDate(now),
    count,
  });
  return count;
}

/**
 * Adds persons all or nothing: any bad item (personal code, unknown person, a code given twice,
 * beyond the limit) refuses the whole call and names every bad item. Refuses as a whole an
 * organisation without monitoring in force here, or a purpose its agreement does not state.
 */
export async function addEntries(
  trx: Db,
  deps: { clock: Clock },
  actor: EntryActor,
  input: { items: readonly AddItem[]; purpose?: string | null | undefined },
): Promise<AddOutcome> {
  const now = deps.clock.now();
  const { terms } = await monitoringTerms(
    trx,
    actor.organisationId,
    actor.environment,
    rigaDate(now),
    {
      lock: true,
    },
  );
  if (terms === null) throw new AppError(entryErrors.monitoring_not_agreed);
  const purpose = chosenPurpose(terms, input.purpose);

  const problems: ItemProblem[] = [];
  const valid: { line: number; given: string; code: string; reference: string | null }[] = [];
  const seen = new Set<string>();
  input.items.forEach((item, i) => {
    const line = item.line ?? i + 1;
    const given = item.personalCode;
    const parsed = parsePersonalCode(given);
    if (!parsed.ok) {
      problems.push({ line, personalCode: given, error: registerErrors[parsed.error] });
      return;
    }
    if (seen.has(parsed.code)) {
      problems.push({ line, personalCode: given, error: entryErrors.monitoring_duplicate_code });
      return;
    }
    seen.add(parsed.code);
    const reference = cleanReference(item.reference);
    if (reference !== null && typeof reference === 'object') {
      problems.push({ line, personalCode: given, error: reference });
      return;
    }
    valid.push({ line, given, code: parsed.code, reference });
  });

  const persons = await findPersonsIn(
    trx,
    valid.map((v) => v.code),
    DATASET[actor.environment],
  );
  const personByCode = new Map(persons.map((p) => [p.personal_code, p.id]));
  const open = await store.openEntriesOf(
    trx,
    actor.organisationId,
    actor.environment,
    persons.map((p) => p.id),
    now,
  );
  const openByPerson = new Map(open.map((e) => [e.person_id, e]));
  const monitored = await store.countOpen(trx, actor.organisationId, actor.environment, now);
  let free = Math.max(0, terms.limit - monitored);
  let requested = 0;
  const found: { code: string; personId: number; reference: string | null }[] = [];
  for (const v of valid) {
    const personId = personByCode.get(v.code);
    if (personId === undefined) {
      problems.push({
        line: v.line,
        personalCode: v.given,
        error: registerErrors.person_not_found,
      });
      continue;
    }
    if (!openByPerson.has(personId)) {
      requested += 1;
      if (free === 0) {
        problems.push({
          line: v.line,
          personalCode: v.given,
          error: entryErrors.monitoring_over_limit,
        });
        continue;
      }
      free -= 1;
    }
    found.push({ code: v.code, personId, reference: v.reference });
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line);
    return { ok: false, problems, limit: terms.limit, monitored, requested };
  }

  const fresh = found.filter((f) => !openByPerson.has(f.personId));
  const endingAhead = open.filter((e) => e.ends_at !== null);
  const references = found.flatMap((f) => {
    const entry = openByPerson.get(f.personId);
    return entry !== undefined && f.reference !== null && f.reference !== entry.reference
      ? [{ id: entry.id, reference: f.reference }]
      : [];
  });
  await store.insertEntries(
    trx,
    {
      organisationId: actor.organisationId,
      environment: actor.environment,
      purpose,
      addedBy: actor.by,
      addedAt: now,
    },
    fresh.map((f) => ({ personId: f.personId, reference: f.reference })),
  );
  await store.takeBackEnds(
    trx,
    endingAhead.map((e) => e.id),
  );
  await store.setReferences(trx, references);
  await appendAuditRows(
    trx,
    fresh.map((f) => ({
      ...auditOf(actor),
      subjectPersonId: f.personId,
      action: 'monitoring.person_added',
      purpose,
    })),
  );
  const count = await recordCount(trx, actor, now);
  return {
    ok: true,
    codes: found.map((f) => f.code),
    counts: {
      added: fresh.length,
      resumed: endingAhead.length,
      alreadyMonitored: found.length - fresh.length - endingAhead.length,
      monitored: count,
      limit: terms.limit,
    },
  };
}

function auditOf(actor: EntryActor) {
  return {
    actorType: actor.audit.actorType,
    actorId: actor.audit.actorId,
    organisationId: actor.organisationId,
    channel: actor.audit.channel,
    environment: actor.environment,
    requestId: actor.requestId,
  };
}

/** One person, for the API and the page: refuses with the first item's error and its numbers. */
export async function addEntry(
  trx: Db,
  deps: { clock: Clock },
  actor: EntryActor,
  input: {
    personalCode: string;
    reference?: string | null | undefined;
    purpose?: string | null | undefined;
  },
): Promise<{ code: string; counts: AddCounts }> {
  const outcome = await addEntries(trx, deps, actor, {
    items: [{ personalCode: input.personalCode, reference: input.reference }],
    purpose: input.purpose,
  });
  if (!outcome.ok) {
    const first = outcome.problems[0];
    if (first === undefined || first.error === entryErrors.monitoring_over_limit) {
      throw new AppError(entryErrors.monitoring_limit_reached, {
        limit: outcome.limit,
        monitored: outcome.monitored,
        requested: outcome.requested,
      });
    }
    const details: ErrorDetails | undefined =
      first.error.status === 400 ? { field: 'personalCode' } : undefined;
    throw new AppError(first.error, details);
  }
  return { code: outcome.codes[0] ?? '', counts: outcome.counts };
}

/**
 * Ends a person's entry now, or from the start of a Riga day ahead (`endsOn`, today or later).
 * Ending an entry that already ends ahead moves its end. Allowed with or without monitoring in
 * force, so an organisation can always shorten its list.
 */
export async function endEntry(
  trx: Db,
  deps: { clock: Clock },
  actor: EntryActor,
  input: { personalCode: string; endsOn?: string | null | undefined },
): Promise<{ code: string; endsAt: Date; monitored: number }> {
  const now = deps.clock.now();
  const today = rigaDate(now);
  const endsOn = input.endsOn ?? null;
  if (endsOn !== null && endsOn < today) throw new AppError(entryErrors.monitoring_end_date_past);
  const parsed = parsePersonalCode(input.personalCode);
  if (!parsed.ok) throw new AppError(registerErrors[parsed.error], { field: 'personalCode' });
  // The same lock as adding, so the count recorded below sees every other change of the list.
  await monitoringTerms(trx, actor.organisationId, actor.environment, today, { lock: true });
  const [person] = await findPersonsIn(trx, [parsed.code], DATASET[actor.environment]);
  if (person === undefined) throw new AppError(registerErrors.person_not_found);
  const [entry] = await store.openEntriesOf(
    trx,
    actor.organisationId,
    actor.environment,
    [person.id],
    now,
  );
  if (entry === undefined) throw new AppError(entryErrors.monitoring_person_not_monitored);
  const endsAt = endsOn === null || endsOn === today ? now : rigaDayStart(endsOn);
  const ended = await store.endEntries(trx, [entry.id], {
    endsAt,
    endedBy: actor.by,
    reason: 'removed',
  });
  await appendAuditRows(
    trx,
    ended.map((e) => ({
      ...auditOf(actor),
      subjectPersonId: e.person_id,
      action: 'monitoring.person_removed',
      purpose: e.purpose,
      reason: endsOn === null ? null : `ends_on:${endsOn}`,
    })),
  );
  return { code: parsed.code, endsAt, monitored: await recordCount(trx, actor, now) };
}

export { recordCount as recordMonitoredCount };
