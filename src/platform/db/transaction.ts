import type { Kysely, Transaction } from 'kysely';

/** Runs `work` in one database transaction: it all commits, or nothing does. */
export function inTransaction<DB, T>(
  db: Kysely<DB>,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(work);
}
