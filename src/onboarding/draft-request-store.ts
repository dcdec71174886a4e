import type { Selectable } from 'kysely';
import type { Db } from '../database.ts';
import type { OnboardingTables } from './tables.ts';

/** Access requests as drafting an agreement from one reads them: Kysely queries only. */

export type RequestRow = Selectable<OnboardingTables['access_requests']>;
export type RequestScopeRow = Selectable<OnboardingTables['access_request_scopes']>;

export async function requestByReference(db: Db, reference: string) {
  return db
    .selectFrom('access_requests')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirst();
}

/** Locks the request row, so two officers drafting from it at once take turns. */
export async function lockRequest(trx: Db, reference: string): Promise<void> {
  await trx
    .selectFrom('access_requests')
    .select('id')
    .where('reference', '=', reference)
    .forUpdate()
    .execute();
}

export async function requestScopes(db: Db, requestId: number): Promise<RequestScopeRow[]> {
  return db
    .selectFrom('access_request_scopes')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('scope')
    .execute();
}

/** Decided requests with an approved scope that no agreement was drafted from yet. */
export async function requestsAwaitingAgreement(db: Db) {
  return db
    .selectFrom('access_requests as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select(['r.reference', 'r.decided_at', 'o.name as organisation_name'])
    .where('r.status', '=', 'decided')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('access_request_scopes as s')
          .select('s.scope')
          .whereRef('s.request_id', '=', 'r.id')
          .where('s.decision', '=', 'approved'),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('agreements as a').select('a.id').whereRef('a.request_id', '=', 'r.id'),
        ),
      ),
    )
    .orderBy('r.decided_at')
    .execute();
}
