import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { AppDatabase } from '../../src/database.ts';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { ensureAddressList } from '../../src/register/setup.ts';

/**
 * A fresh database per test file: in-memory PGlite by default, or a schema of its own on the
 * PostgreSQL server that DATABASE_URL names, dropped again at the end.
 */
export async function createTestDatabase(
  options: { poolSize?: number } = {},
): Promise<Database<AppDatabase>> {
  const url = process.env.DATABASE_URL ?? null;
  const schema = url === null ? undefined : `test_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase<AppDatabase>({
    databaseUrl: url,
    dataDir: null,
    ...(schema === undefined ? {} : { schema, poolSize: options.poolSize ?? 5 }),
  });
  await migrate(database.db);
  await ensureAddressList(database.db);
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
