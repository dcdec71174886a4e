/**
 * Seed benchmark: loads generated persons with every data scope (no images) into PostgreSQL and
 * reports persons per second, beside the generator's own rate and a small PGlite load, all in one
 * run. Writes docs/benchmarks/seed.md and seed.json.
 *
 *   npm run bench:seed -- [--persons 2000000] [--pglite-persons 20000]
 *   DATABASE_URL=postgres://… selects the server (default: the local test database)
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { AppDatabase, Db } from '../src/database.ts';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { ensureAddressList, generateHouseholds, loadHouseholds } from '../src/register/setup.ts';
import { describeMachine } from './machine.ts';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '2000000' },
    'pglite-persons': { type: 'string', default: '20000' },
    seed: { type: 'string', default: 'bench' },
  },
});
const persons = Number(values.persons);
const pglitePersons = Number(values['pglite-persons']);
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const envelope = createEnvelope(Buffer.alloc(32, 1));

function countGenerated(n: number): { seconds: number; count: number } {
  const started = performance.now();
  let count = 0;
  for (const household of generateHouseholds({ seed: values.seed, persons: n })) {
    count += household.persons.length;
  }
  return { seconds: (performance.now() - started) / 1000, count };
}

async function load(db: Db, n: number, label: string) {
  await migrate(db);
  await ensureAddressList(db);
  const started = performance.now();
  let last = started;
  const loaded = await loadHouseholds(db, generateHouseholds({ seed: values.seed, persons: n }), {
    images: false,
    envelope,
    onProgress: (done) => {
      const now = performance.now();
      if (now - last > 10_000) {
        last = now;
        process.stdout.write(
          `  ${label}: ${done} persons, ${Math.round(done / ((now - started) / 1000))}/s\n`,
        );
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const rows = await sql<{ table: string; n: number }>`
    select 'persons' as table, count(*)::int as n from persons
    union all select 'person_names', count(*)::int from person_names
    union all select 'person_addresses', count(*)::int from person_addresses
    union all select 'person_documents', count(*)::int from person_documents
    union all select 'marriages', count(*)::int from marriages
    union all select 'parentage', count(*)::int from parentage
    union all select 'bdas_fingerprints', count(*)::int from bdas_fingerprints
    union all select 'register_changes', count(*)::int from register_changes`.execute(db);
  return { loaded, seconds, rate: loaded / seconds, rows: rows.rows };
}

/** Rows whose references point nowhere: must be none, as the load skips per-row FK checks. */
async function countOrphans(db: Db): Promise<number> {
  const result = await sql<{ n: number }>`
    select (
      (select count(*) from person_identity x where not exists (select 1 from persons p where p.id = x.person_id)) +
      (select count(*) from person_names x where not exists (select 1 from persons p where p.id = x.person_id)) +
      (select count(*) from person_addresses x where not exists (select 1 from address_list a where a.code = x.address_code)) +
      (select count(*) from person_documents x where not exists (select 1 from register_changes c where c.seq = x.change_seq)) +
      (select count(*) from marriages x where not exists (select 1 from persons p where p.id = x.person_b)) +
      (select count(*) from parentage x where not exists (select 1 from persons p where p.id = x.parent_id)) +
      (select count(*) from bdas_fingerprints x where not exists (select 1 from bdas_subjects s where s.person_id = x.person_id))
    )::int as n`.execute(db);
  return result.rows[0]?.n ?? -1;
}

async function main() {
  process.stdout.write(`Generating ${persons} persons without a database…\n`);
  const generated = countGenerated(persons);
  process.stdout.write(`  ${Math.round(generated.count / generated.seconds)} persons/s\n`);

  process.stdout.write(`Loading ${pglitePersons} persons into PGlite (in memory)…\n`);
  const pglite = await openDatabase<AppDatabase>({ databaseUrl: null, dataDir: null });
  const small = await load(pglite.db, pglitePersons, 'PGlite');
  await pglite.close();
  process.stdout.write(`  ${Math.round(small.rate)} persons/s\n`);

  process.stdout.write(`Loading ${persons} persons into PostgreSQL…\n`);
  const schema = 'bench_seed';
  const pg = await openDatabase<AppDatabase>({ databaseUrl: url, schema, poolSize: 2 });
  await sql`drop schema if exists ${sql.raw(schema)} cascade`.execute(pg.db);
  await sql`create schema ${sql.raw(schema)}`.execute(pg.db);
  const big = await load(pg.db, persons, 'PostgreSQL');
  const size = await sql<{ size: string }>`
    select pg_size_pretty(sum(pg_total_relation_size(c.oid))) as size
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${schema} and c.relkind = 'r'`.execute(pg.db);
  const machine = await describeMachine(pg.db);
  const orphans = await countOrphans(pg.db);
  await sql`drop schema ${sql.raw(schema)} cascade`.execute(pg.db);
  await pg.close();
  process.stdout.write(`  ${Math.round(big.rate)} persons/s\n`);

  const result = {
    date: new Date().toISOString(),
    machine,
    generator: {
      persons: generated.count,
      seconds: generated.seconds,
      personsPerSecond: generated.count / generated.seconds,
    },
    pglite: { persons: small.loaded, seconds: small.seconds, personsPerSecond: small.rate },
    postgresql: {
      persons: big.loaded,
      seconds: big.seconds,
      personsPerSecond: big.rate,
      tableSize: size.rows[0]?.size ?? '?',
      rows: big.rows,
    },
  };
  mkdirSync('docs/benchmarks', { recursive: true });
  writeFileSync('docs/benchmarks/seed.json', `${JSON.stringify(result, null, 2)}\n`);
  const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
  const md = `# Seed benchmark

\`npm run bench:seed -- --persons ${persons}\` — generated persons with every data scope (identity,
names history, birth, nationality, addresses, documents, civil status, relatives, death) and BDAS
fingerprint records, facial images excluded, loaded in transactions of 5,000 persons with
column arrays and \`unnest\` (one statement per table per batch), one change-log entry per person.
All figures from one run on ${result.date.slice(0, 10)}: ${result.machine.cpus} cores (${result.machine.model}),
${result.machine.memoryGiB} GiB, Node ${result.machine.node}, PostgreSQL ${result.machine.postgres} on loopback.

| what | persons | seconds | persons/second |
| --- | ---: | ---: | ---: |
| generator alone (no database) | ${fmt(generated.count)} | ${generated.seconds.toFixed(1)} | ${fmt(result.generator.personsPerSecond)} |
| PGlite, in memory | ${fmt(small.loaded)} | ${small.seconds.toFixed(1)} | ${fmt(small.rate)} |
| **PostgreSQL** | **${fmt(big.loaded)}** | **${big.seconds.toFixed(1)}** | **${fmt(big.rate)}** |

PostgreSQL rows written: ${big.rows.map((r) => `${r.table} ${fmt(r.n)}`).join(', ')};
tables and indexes ${result.postgresql.tableSize}. Rows referring to nothing after the load: ${orphans}
(the loader skips the per-row foreign-key triggers for generated batches, which are consistent by
construction, as \`pg_restore --disable-triggers\` does; this check is the proof).
Two batch transactions are in flight at a time, so the generator prepares the next while the
database writes.

The load rate is ${((big.rate / result.generator.personsPerSecond) * 100).toFixed(0)} % of the generator's own rate, so the database, not
the generator, sets the pace.
`;
  writeFileSync('docs/benchmarks/seed.md', md);
  process.stdout.write(`\n${md}`);
}

await main();
