import { accessRevision, agreementsInForce, type AgreementInForce } from '../agreements/service.ts';
import type { Db } from '../database.ts';

interface Cached {
  revision: number;
  day: string;
  terms: AgreementInForce[];
}

/**
 * The concluded agreements' terms per organisation, kept in this process. Every call still reads
 * the organisation's `access_revision` (one primary-key read, moved by a trigger on any change to
 * its agreements or grants), so a terminated agreement stops access at once in every process.
 */
const cache = new Map<number, Cached>();
/** Organisations number in the thousands; the bound only guards against a runaway. */
const MAX_ENTRIES = 10_000;

export interface OrganisationTerms {
  feeExempt: boolean;
  terms: AgreementInForce[];
}

export async function termsInForce(
  trx: Db,
  organisationId: number,
  day: string,
): Promise<OrganisationTerms | null> {
  const row = await accessRevision(trx, organisationId);
  if (row === undefined) return null;
  const cached = cache.get(organisationId);
  if (cached !== undefined && cached.revision === row.access_revision && cached.day === day) {
    return { feeExempt: row.fee_exempt, terms: cached.terms };
  }
  const terms = await agreementsInForce(trx, organisationId, day);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(organisationId, { revision: row.access_revision, day, terms });
  return { feeExempt: row.fee_exempt, terms };
}
