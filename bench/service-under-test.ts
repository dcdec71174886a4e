import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import type { AppDatabase, Db } from '../src/database.ts';
import { createEnvelope, type Envelope } from '../src/platform/crypto/envelope.ts';
import { openDatabase, type Database } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import type { App } from '../src/platform/http/app-type.ts';
import { ensureAddressList } from '../src/register/setup.ts';

/** Fresh secrets for one benchmark run, shared by this process and the servers it starts. */
export function benchSecrets(): Record<
  'ENCRYPTION_KEY' | 'SESSION_SECRET' | 'SIGNING_KEY',
  string
> {
  return {
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    SESSION_SECRET: randomBytes(32).toString('base64'),
    SIGNING_KEY: randomBytes(32).toString('base64'),
  };
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const admin = await openDatabase<AppDatabase>({ databaseUrl: url, poolSize: 1 });
  await sql`drop schema if exists ${sql.raw(schema)} cascade`.execute(admin.db);
  await admin.close();
}

/**
 * A benchmark's own schema, made anew (or, with `keep`, as an earlier run left it) and migrated,
 * and the app in this process on it: it onboards the organisation and issues tokens, while the
 * servers measured run on their own.
 */
export async function serviceUnderTest(options: {
  url: string;
  schema: string;
  publicUrl: string;
  secrets: Record<string, string>;
  keep?: boolean;
}): Promise<{
  database: Database<AppDatabase>;
  db: Db;
  config: Config;
  envelope: Envelope;
  app: App;
}> {
  if (options.keep !== true) await dropSchema(options.url, options.schema);
  const database = await openDatabase<AppDatabase>({
    databaseUrl: options.url,
    schema: options.schema,
    poolSize: 4,
  });
  const { db } = database;
  await migrate(db);
  await ensureAddressList(db);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: '/nonexistent',
    PUBLIC_URL: options.publicUrl,
    ...options.secrets,
  });
  const envelope = createEnvelope(config.secrets.encryptionKey);
  const app = await buildApp({
    config,
    db,
    engine: 'postgresql',
    clock: { now: () => new Date() },
  });
  await app.ready();
  return { database, db, config, envelope, app };
}
