import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import {
  listenPglite,
  listenPostgres,
  type Listening,
  type NotificationHandlers,
} from './notifications.ts';
import { useStatementNames } from './prepared.ts';
import { typeParsers } from './type-parsers.ts';

export interface DatabaseOptions {
  /** Absent: PGlite, in `dataDir` or (without it) in memory. */
  databaseUrl: string | null;
  dataDir?: string | null;
  /** PGlite in memory only: start from this data directory, as `dumpDataDir` wrote it. */
  startFrom?: Blob;
  /** PostgreSQL only: a schema of its own (tests use one per file), created if missing. */
  schema?: string;
  poolSize?: number;
}

export interface Database<DB> {
  db: Kysely<DB>;
  /** 'pglite' or 'postgresql': for logs and the readiness answer, never for business logic. */
  engine: 'pglite' | 'postgresql';
  /** Hears the notifications sent on these channels at commit, from any process. */
  listen(
    channels: readonly string[],
    handlers: NotificationHandlers,
    log: { warn(obj: object, msg: string): void },
  ): Promise<Listening>;
  close(): Promise<void>;
}

export async function openDatabase<DB>(options: DatabaseOptions): Promise<Database<DB>> {
  if (options.databaseUrl === null) {
    return openPglite<DB>(options.dataDir ?? null, options.startFrom);
  }
  return openPostgres<DB>(options.databaseUrl, options.schema, options.poolSize ?? 10);
}

async function openPglite<DB>(
  dataDir: string | null,
  startFrom: Blob | undefined,
): Promise<Database<DB>> {
  let location: string | undefined;
  if (dataDir !== null) {
    location = path.join(dataDir, 'pglite');
    mkdirSync(location, { recursive: true });
  }
  const pglite = await PGlite.create(location, {
    parsers: typeParsers,
    ...(startFrom === undefined ? {} : { loadDataDir: startFrom }),
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    engine: 'pglite',
    listen: (channels, handlers) => listenPglite(pglite, channels, handlers),
    // Kysely's destroy() closes the PGlite instance too.
    close: () => db.destroy(),
  };
}

async function openPostgres<DB>(
  url: string,
  schema: string | undefined,
  poolSize: number,
): Promise<Database<DB>> {
  if (schema !== undefined) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Unsafe schema name "${schema}"`);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create schema if not exists ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: { getTypeParser: sharedTypeParser as typeof pg.types.getTypeParser },
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // Each connection sends the hot path's statements by name (prepared.ts). The cast: node-postgres
  // types `query` as a dozen overloads, which the wrapper passes on unchanged.
  pool.on('connect', (client) =>
    useStatementNames(client as unknown as Parameters<typeof useStatementNames>[0]),
  );
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return {
    db,
    engine: 'postgresql',
    listen: (channels, handlers, log) => listenPostgres(url, channels, handlers, log),
    close: () => db.destroy(),
  };
}

/** The pool behind each PostgreSQL database, for the work Kysely cannot express (COPY). */
const pools = new WeakMap<object, pg.Pool>();

/**
 * The node-postgres pool behind `db` when it is a PostgreSQL server opened here; undefined for
 * PGlite and for a transaction (whose statements must stay on its own connection).
 */
export function postgresPoolOf<DB>(db: Kysely<DB>): pg.Pool | undefined {
  return pools.get(db);
}

/** node-postgres asks for a parser per type id; ours first, then its own. */
function sharedTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  const parser = typeParsers[oid];
  if (parser !== undefined && format !== 'binary') return parser;
  const builtin = pg.types.getTypeParser as (
    id: number,
    format?: string,
  ) => (value: string) => unknown;
  return builtin(oid, format);
}

/** True when the database answers a trivial query. */
export async function databaseReachable<DB>(db: Kysely<DB>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
