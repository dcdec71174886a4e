import type { Db } from '../database.ts';
import { monitoringOfPerson, type PersonMonitoring } from '../monitoring/service.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import type { ErrorDefinition } from '../platform/errors.ts';
import { rigaDate, rigaDayStart, type Clock } from '../platform/time/riga.ts';
import {
  provisionCounts,
  provisionRows,
  type ProvisionFilter,
  type ProvisionRow,
} from './data-use-store.ts';
import { dataUseErrors } from './errors.ts';

/**
 * "Kas izmantoja manus datus": every provision of a person's register data to an organisation,
 * read from the audit log (the rows `providePersons` appends, one per person provided). Only
 * production rows concern the real person; a row an authority has held back (`audit_holds`)
 * stays out of the list and the counts until the hold's day. Reading the list is itself audited.
 */

/** Rows a page shows; older ones are on the next page. */
export const PAGE_SIZE = 100;

export interface PeriodInput {
  from: string;
  to: string;
}

export interface Period {
  /** Riga days, inclusive; null: open. */
  from: string | null;
  to: string | null;
}

export type PeriodCheck =
  | { ok: true; period: Period }
  | { ok: false; errors: { field: 'no' | 'lidz'; error: ErrorDefinition }[] };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD, or null. */
export function parseDay(input: string): string | null {
  const match = DAY.exec(input.trim());
  if (match === null) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return input.trim();
}

/** The two period fields: empty is open, anything else must be a day, and from ≤ to. */
export function checkPeriod(input: PeriodInput): PeriodCheck {
  const errors: { field: 'no' | 'lidz'; error: ErrorDefinition }[] = [];
  const from = input.from.trim() === '' ? null : parseDay(input.from);
  const to = input.to.trim() === '' ? null : parseDay(input.to);
  if (input.from.trim() !== '' && from === null) {
    errors.push({ field: 'no', error: dataUseErrors.period_invalid });
  }
  if (input.to.trim() !== '' && to === null) {
    errors.push({ field: 'lidz', error: dataUseErrors.period_invalid });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (from !== null && to !== null && from > to) {
    return { ok: false, errors: [{ field: 'no', error: dataUseErrors.period_reversed }] };
  }
  return { ok: true, period: { from, to } };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The period as instants: from the first day's start to the start of the day after the last. */
export function periodBounds(period: Period): { from: Date | null; before: Date | null } {
  return {
    from: period.from === null ? null : rigaDayStart(period.from),
    before: period.to === null ? null : rigaDayStart(nextDay(period.to)),
  };
}

export interface DataUseView {
  rows: ProvisionRow[];
  /** Organisations that monitor the person (or did), production only as the reads. */
  monitoring: PersonMonitoring[];
  times: number;
  organisations: number;
  page: number;
  hasOlder: boolean;
}

/**
 * The resident's own list for a period and page, and the audit row of their looking at it, in
 * the caller's transaction: the read and its record commit together.
 */
export async function residentDataUse(
  trx: Db,
  clock: Clock,
  who: { personId: number },
  query: { period: Period; page: number },
  requestId: string,
): Promise<DataUseView> {
  const now = clock.now();
  const filter: ProvisionFilter = {
    personId: who.personId,
    productionOnly: true,
    visibleOn: rigaDate(now),
    ...periodBounds(query.period),
  };
  const fetched = await provisionRows(trx, filter, {
    limit: PAGE_SIZE + 1,
    offset: (query.page - 1) * PAGE_SIZE,
  });
  const counts = await provisionCounts(trx, filter);
  await appendAudit(trx, {
    actorType: 'resident',
    actorId: String(who.personId),
    subjectPersonId: who.personId,
    action: 'data_use.viewed',
    channel: 'portal',
    reason: periodText(query.period, query.page),
    requestId,
    occurredAt: now,
  });
  return {
    rows: fetched.slice(0, PAGE_SIZE),
    monitoring: await monitoringOfPerson(trx, who.personId),
    times: counts.times,
    organisations: counts.organisations,
    page: query.page,
    hasOlder: fetched.length > PAGE_SIZE,
  };
}

/** What was looked at, for the audit row: the period and the page. */
function periodText(period: Period, page: number): string {
  return `${period.from ?? '…'} – ${period.to ?? '…'}, lapa ${page}`;
}

/** `?lapa=` as a page number: anything else is the first page. */
export function pageNumber(input: string | undefined): number {
  if (input === undefined || !/^\d{1,6}$/.test(input)) return 1;
  return Math.max(1, Number(input));
}
