import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import type { AppDatabase } from '../../src/database.ts';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';
import { prepareTestDatabase } from './pglite-template.ts';

/**
 * A fresh database per test file: in-memory PGlite by default, started from the run's migrated
 * template (pglite-template.ts), or a schema of its own on the PostgreSQL server that
 * DATABASE_URL names, dropped again at the end. Migrating again is a no-op on the template and
 * keeps a file that runs without the global setup working.
 */
export async function createTestDatabase(
  options: { poolSize?: number } = {},
): Promise<Database<AppDatabase>> {
  const url = process.env.DATABASE_URL ?? null;
  const schema = url === null ? undefined : `test_${randomBytes(6).toString('hex')}`;
  const template = url === null ? await pgliteTemplate() : undefined;
  const database = await openDatabase<AppDatabase>({
    databaseUrl: url,
    dataDir: null,
    ...(template === undefined ? {} : { startFrom: template }),
    ...(schema === undefined ? {} : { schema, poolSize: options.poolSize ?? 5 }),
  });
  await prepareTestDatabase(database.db);
  if (url === null || schema === undefined) return database;
  return {
    ...database,
    close: async () => {
      await database.close();
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** The template's bytes, read once per test file; undefined when no global setup made one. */
let template: Promise<Blob | undefined> | undefined;
function pgliteTemplate(): Promise<Blob | undefined> {
  const file = inject('pgliteTemplate');
  if (file === undefined || file === '') return Promise.resolve(undefined);
  template ??= readFile(file).then((bytes) => new Blob([bytes]));
  return template;
}
