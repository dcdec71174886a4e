import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import type { TestProject } from 'vitest/node';
import type { AppDatabase, Db } from '../../src/database.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { ensureAddressList } from '../../src/register/setup.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PGlite data directory, migrated and with the address list, as a tar file; '' on PostgreSQL. */
    pgliteTemplate: string;
  }
}

/**
 * Vitest's global setup: on PGlite, migrates one database and the address list once per run and
 * hands its data directory to every test file, which starts its own database from a copy
 * (docs/decisions/0024). Creating an empty PGlite cluster and migrating it costs seconds; loading
 * the copy, a fraction of that. PostgreSQL schemas are still migrated one by one: there the
 * server does the work and it is cheap.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL !== undefined) {
    project.provide('pgliteTemplate', '');
    return async () => {};
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'register-gateway-template-'));
  const file = path.join(dir, 'pglite.tar');
  const pglite = await PGlite.create();
  const db = new Kysely<AppDatabase>({ dialect: new PGliteDialect({ pglite }) });
  try {
    await prepareTestDatabase(db);
    const dump = await pglite.dumpDataDir('none');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.destroy();
  }
  project.provide('pgliteTemplate', file);
  return () => rm(dir, { recursive: true, force: true });
}

/**
 * What every test database holds before its file starts: the migrations and the address list.
 * Both are no-ops on a database that has them, so a copy of the template passes straight through.
 */
export async function prepareTestDatabase(db: Db): Promise<void> {
  await migrate(db);
  await ensureAddressList(db);
}
