import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import { splitSqlStatements } from './sql-script.ts';

export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../migrations',
);

/** Any fixed number; processes that start together take turns on it. */
const MIGRATION_LOCK = 727_001;

export interface Migration {
  version: string;
  file: string;
}

export async function listMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return files.map((file) => ({ version: file.slice(0, 4), file: path.join(dir, file) }));
}

/**
 * Applies the migrations not yet applied, each in its own transaction, in file order. An advisory
 * lock makes several processes starting at once apply each file exactly once.
 */
export async function migrate<DB>(db: Kysely<DB>, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await listMigrations(dir);
  const applied: string[] = [];
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`create table if not exists schema_migrations (
      version text primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`.execute(trx);
    const done = await sql<{ version: string }>`select version from schema_migrations`.execute(trx);
    const doneVersions = new Set(done.rows.map((r) => r.version));
    for (const migration of migrations) {
      if (doneVersions.has(migration.version)) continue;
      const script = await readFile(migration.file, 'utf8');
      for (const statement of splitSqlStatements(script)) {
        await sql.raw(statement).execute(trx);
      }
      await sql`insert into schema_migrations (version, name) values (${migration.version}, ${path.basename(migration.file)})`.execute(
        trx,
      );
      applied.push(path.basename(migration.file));
    }
  });
  return applied;
}

/** Migrations on disk that the database has not applied yet (readiness and the CLI report it). */
export async function pendingMigrations<DB>(
  db: Kysely<DB>,
  dir = MIGRATIONS_DIR,
): Promise<string[]> {
  const migrations = await listMigrations(dir);
  let doneVersions: Set<string>;
  try {
    const done = await sql<{ version: string }>`select version from schema_migrations`.execute(db);
    doneVersions = new Set(done.rows.map((r) => r.version));
  } catch {
    doneVersions = new Set();
  }
  return migrations.filter((m) => !doneVersions.has(m.version)).map((m) => path.basename(m.file));
}
