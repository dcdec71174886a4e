import { CompiledQuery, type Kysely } from 'kysely';
import { bulkInsert, type BulkColumn, type BulkInsertOptions } from './bulk-insert.ts';
import { copyColumns } from './copy-from.ts';
import { postgresPoolOf } from './database.ts';

/** What a bulk load writes with, inside one transaction, on either database. */
export interface BulkWriter {
  /** One statement with parameters; its rows. */
  query<R>(text: string, parameters?: readonly unknown[]): Promise<R[]>;
  /**
   * Rows as column arrays, one table at a time, in the order given (so references point at rows
   * already written). Identity columns take the values given.
   */
  write(table: string, columns: Record<string, BulkColumn>): Promise<void>;
}

/**
 * Runs `work` in one transaction with a bulk writer: `COPY … FROM STDIN` on a PostgreSQL server,
 * `insert … select from unnest(…)` on PGlite (which has no COPY stream from the client). Both
 * write the same rows. A failure rolls the transaction back and is rethrown; nothing is retried
 * (a bulk load is not run concurrently with work it could deadlock with).
 */
export async function inBulkTransaction<DB, T>(
  db: Kysely<DB>,
  work: (writer: BulkWriter) => Promise<T>,
): Promise<T> {
  const pool = postgresPoolOf(db);
  if (pool === undefined) {
    return db.transaction().execute((trx) =>
      work({
        query: async <R>(text: string, parameters: readonly unknown[] = []) =>
          (await trx.executeQuery<R>(CompiledQuery.raw(text, [...parameters]))).rows,
        write: (table, columns) => bulkInsert(trx, table, columns, ownIdentity),
      }),
    );
  }
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work({
      query: async <R>(text: string, parameters: readonly unknown[] = []) =>
        (await client.query(text, [...parameters])).rows as R[],
      write: (table, columns) => copyColumns(client, table, columns),
    });
    await client.query('commit');
    client.release();
    return result;
  } catch (error) {
    // A connection whose rollback failed too is not given back to the pool.
    await client.query('rollback').then(
      () => client.release(),
      (rollbackError: unknown) => client.release(rollbackError as Error),
    );
    throw error;
  }
}

const ownIdentity: BulkInsertOptions = { ownIdentity: true };
