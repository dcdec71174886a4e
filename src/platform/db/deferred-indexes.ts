import { type Kysely, sql } from 'kysely';
import { postgresPoolOf } from './database.ts';

/** One index as the catalog defines it: how to drop it and how to build it again, exactly. */
interface DeferredIndex {
  name: string;
  drop: string;
  create: string;
}

/** Memory for each index build: a sort in memory instead of on disk, for a few hundred MB. */
const BUILD_MEMORY = '256MB';
/** Index builds at once: each is one sort on one core. */
const BUILDS_AT_ONCE = 2;

/**
 * Runs `work` (a bulk load into empty tables) with the tables' indexes dropped, then builds them
 * again from the definitions the catalog held before: building an index once from sorted rows
 * costs far less than millions of inserts into it, most of them at random places (personal
 * codes, document numbers, surnames). Indexes a foreign key depends on stay (they are the
 * primary keys the load's references point at). The indexes come back whether `work` succeeds or
 * fails; a unique index that cannot be built again (duplicates loaded) fails the load.
 *
 * Only for a load nothing else writes to meanwhile: a row written by others while the unique
 * indexes are gone is not checked against them until they are built again.
 */
export async function withIndexesDeferred<DB, T>(
  db: Kysely<DB>,
  tables: readonly string[],
  work: () => Promise<T>,
): Promise<T> {
  const indexes = await deferrableIndexes(db, tables);
  await db.transaction().execute(async (trx) => {
    for (const index of indexes) await sql.raw(index.drop).execute(trx);
  });
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await buildIndexes(db, indexes).catch(() => undefined);
    throw error;
  }
  await buildIndexes(db, indexes);
  return result;
}

/** The tables' indexes that no foreign key depends on, with the statements to drop and build them. */
async function deferrableIndexes<DB>(
  db: Kysely<DB>,
  tables: readonly string[],
): Promise<DeferredIndex[]> {
  const result = await sql<DeferredIndex>`
    select i.indexrelid::regclass::text as name,
      case when con.oid is null then format('drop index %s', i.indexrelid::regclass)
        else format('alter table %s drop constraint %I', i.indrelid::regclass, con.conname) end as drop,
      case when con.oid is null then pg_get_indexdef(i.indexrelid)
        else format('alter table %s add constraint %I %s', i.indrelid::regclass, con.conname,
          pg_get_constraintdef(con.oid)) end as create
    from pg_index i
    left join pg_constraint con on con.conindid = i.indexrelid and con.conrelid = i.indrelid
      and con.contype in ('p', 'u')
    where i.indrelid in (select to_regclass(t) from unnest(${[...tables]}::text[]) as t)
      and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = i.indexrelid)
    order by 1`.execute(db);
  return result.rows;
}

/** Builds the indexes, a few at a time, each with room to sort in memory. */
async function buildIndexes<DB>(db: Kysely<DB>, indexes: readonly DeferredIndex[]): Promise<void> {
  const server = postgresPoolOf(db) !== undefined;
  const queue = [...indexes];
  const failures: string[] = [];
  const builder = async () => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
      const { name, create } = index;
      await db
        .transaction()
        .execute(async (trx) => {
          if (server)
            await sql.raw(`set local maintenance_work_mem = '${BUILD_MEMORY}'`).execute(trx);
          await sql.raw(create).execute(trx);
        })
        .catch((error: unknown) => {
          failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        });
    }
  };
  // PGlite has one connection: its builds run one after another whatever is asked.
  await Promise.all(Array.from({ length: server ? BUILDS_AT_ONCE : 1 }, builder));
  if (failures.length > 0) {
    throw new Error(`Indexes not built again after the bulk load: ${failures.join('; ')}`);
  }
}
