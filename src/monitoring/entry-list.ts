import type { Environment } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { rigaDate, type Clock } from '../platform/time/riga.ts';
import * as store from './entry-store.ts';
import { monitoringTerms } from './entry-terms.ts';

export const PAGE_SIZE = 100;

export interface EntryList {
  entries: store.ListedEntry[];
  /** Entries matching the search (all open ones without a search). */
  matching: number;
  /** Persons monitored now, and how many the agreement allows (null: no monitoring in force). */
  monitored: number;
  limit: number | null;
  purposes: string[];
  page: number;
  pages: number;
}

/**
 * What the search box holds: digits (a hyphen optional) search the start of the personal code,
 * which is stored as six digits, a hyphen and five; anything else searches the references.
 */
function searchTerms(search: string): { codePrefix: string | null; referencePart: string | null } {
  const text = search.trim().slice(0, 100);
  if (text === '') return { codePrefix: null, referencePart: null };
  const digits = text.replace('-', '');
  if (/^[0-9]+$/.test(digits)) {
    const prefix = digits.length > 6 ? `${digits.slice(0, 6)}-${digits.slice(6)}` : digits;
    return { codePrefix: prefix, referencePart: text };
  }
  return { codePrefix: null, referencePart: text };
}

/** One page of an organisation's list in one environment, with its counts. */
export async function listEntries(
  db: Db,
  clock: Clock,
  query: {
    organisationId: number;
    environment: Environment;
    search?: string;
    page?: number;
    pageSize?: number;
  },
): Promise<EntryList> {
  const now = clock.now();
  const pageSize = query.pageSize ?? PAGE_SIZE;
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const { terms } = await monitoringTerms(
    db,
    query.organisationId,
    query.environment,
    rigaDate(now),
    {
      lock: false,
    },
  );
  const { rows, matching } = await store.listOpenEntries(db, {
    organisationId: query.organisationId,
    environment: query.environment,
    now,
    ...searchTerms(query.search ?? ''),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return {
    entries: rows,
    matching,
    monitored: await store.countOpen(db, query.organisationId, query.environment, now),
    limit: terms?.limit ?? null,
    purposes: terms?.purposes ?? [],
    page,
    pages: Math.max(1, Math.ceil(matching / pageSize)),
  };
}

export interface PersonMonitoring {
  organisation: string;
  purpose: string;
  from: Date;
  /** When monitoring ended or ends (null: no end set). */
  until: Date | null;
}

/**
 * Which organisations monitor a person in production, and monitored them before: for the
 * resident's "who used my data" page, beside the reads.
 */
export async function monitoringOfPerson(db: Db, personId: number): Promise<PersonMonitoring[]> {
  const rows = await store.entriesOfPerson(db, personId, 'production');
  return rows.map((r) => ({
    organisation: r.organisation_name,
    purpose: r.purpose,
    from: r.added_at,
    until: r.ends_at,
  }));
}
