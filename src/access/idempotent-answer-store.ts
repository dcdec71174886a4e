import type { Insertable } from 'kysely';
import type { Db } from '../database.ts';
import { executePrepared } from '../platform/db/prepared.ts';
import type { AccessTables } from './tables.ts';

/** Sealed answers kept for retries: Kysely queries only; the sealing is in idempotent-answers.ts. */

export async function answerRow(trx: Db, organisationId: number, key: string) {
  const query = trx
    .selectFrom('idempotent_answers')
    .select(['request_hash', 'answer'])
    .where('organisation_id', '=', organisationId)
    .where('idempotency_key', '=', key);
  return (await executePrepared(trx, query.compile())).rows[0];
}

/** The first answer for a key stays: a retry racing the first call keeps nothing of its own. */
export async function insertAnswer(
  trx: Db,
  row: Insertable<AccessTables['idempotent_answers']>,
): Promise<void> {
  const query = trx
    .insertInto('idempotent_answers')
    .values(row)
    .onConflict((oc) => oc.columns(['organisation_id', 'idempotency_key']).doNothing());
  await executePrepared(trx, query.compile());
}

export async function deleteAnswersBefore(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('idempotent_answers').where('created_at', '<', before).execute();
}
