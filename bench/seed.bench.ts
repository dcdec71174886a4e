/**
 * Seed benchmark: loads generated persons with every data scope (no images) into PostgreSQL, a
 * few times, and reports the median rate and its spread beside the target, with where the time
 * goes (CPU of this process and of its PostgreSQL backends, WAL, index builds); also the
 * generator's own rate and a small PGlite load. Each size's figures are kept in
 * docs/benchmarks/seed.json, so a run at 200,000 and one at 2,000,000 end up in one report.
 *
 *   npm run bench:seed -- [--persons 2000000] [--runs 3] [--parallel 2] [--pglite-persons 20000]
 *     [--report-only]
 *   DATABASE_URL=postgres://… selects the server (default: the local test database); the load
 *   goes into a schema of its own, bench_seed, dropped at the end.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import prettier from 'prettier';
import type { AppDatabase, Db } from '../src/database.ts';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import { openDatabase, postgresPoolOf } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { ensureAddressList, generateHouseholds, loadHouseholds } from '../src/register/setup.ts';
import { describeMachine } from './machine.ts';
import { renderSeedReport, type SeedReport, type SeedRun } from './seed/report.ts';
import { watchBackendCpu } from './seed/server-cpu.ts';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '2000000' },
    runs: { type: 'string', default: '3' },
    parallel: { type: 'string', default: '2' },
    'pglite-persons': { type: 'string', default: '20000' },
    seed: { type: 'string', default: 'bench' },
    /** Write the report again from docs/benchmarks/seed.json, measuring nothing. */
    'report-only': { type: 'boolean', default: false },
  },
});
const persons = Number(values.persons);
const runs = Number(values.runs);
const parallel = Number(values.parallel);
const pglitePersons = Number(values['pglite-persons']);
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const envelope = createEnvelope(Buffer.alloc(32, 1));
const SCHEMA = 'bench_seed';
const JSON_FILE = 'docs/benchmarks/seed.json';

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

function countGenerated(n: number) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let count = 0;
  for (const household of generateHouseholds({ seed: values.seed, persons: n })) {
    count += household.persons.length;
  }
  return { persons: count, seconds: (performance.now() - started) / 1000, cpu: cpuSeconds(cpu) };
}

/** Cluster-wide WAL position and checkpoints: other databases on the server count too. */
async function walAndCheckpoints(db: Db) {
  const result = await sql<{ lsn: string; checkpoints: number }>`
    select pg_current_wal_lsn()::text as lsn,
      (select checkpoints_timed + checkpoints_req from pg_stat_bgwriter)::int as checkpoints`.execute(
    db,
  );
  return result.rows[0] ?? { lsn: '0/0', checkpoints: 0 };
}

async function loadOnce(db: Db, cpu: ReturnType<typeof watchBackendCpu> | null, n: number) {
  await sql`drop schema if exists ${sql.raw(SCHEMA)} cascade`.execute(db);
  await sql`create schema ${sql.raw(SCHEMA)}`.execute(db);
  await migrate(db);
  await ensureAddressList(db);
  const before = await walAndCheckpoints(db);
  const load = os.loadavg()[0] ?? 0;
  cpu?.start();
  const nodeCpu = process.cpuUsage();
  const started = performance.now();
  let rowsWritten = started;
  let last = started;
  const loaded = await loadHouseholds(db, generateHouseholds({ seed: values.seed, persons: n }), {
    images: false,
    envelope,
    parallel,
    fresh: true,
    onProgress: (done) => {
      const now = performance.now();
      rowsWritten = now;
      if (now - last > 10_000) {
        last = now;
        process.stdout.write(
          `  ${done} persons, ${Math.round(done / ((now - started) / 1000))}/s\n`,
        );
      }
    },
  });
  const ended = performance.now();
  const run: SeedRun = {
    persons: loaded,
    seconds: (ended - started) / 1000,
    indexSeconds: (ended - rowsWritten) / 1000,
    nodeCpuSeconds: cpuSeconds(nodeCpu),
    backendCpuSeconds: cpu?.stop() ?? null,
    walBytes: 0,
    checkpoints: 0,
    loadAverage: load,
  };
  const after = await walAndCheckpoints(db);
  const wal = await sql<{ bytes: string }>`
    select pg_wal_lsn_diff(${after.lsn}::pg_lsn, ${before.lsn}::pg_lsn)::text as bytes`.execute(db);
  run.walBytes = Number(wal.rows[0]?.bytes ?? 0);
  run.checkpoints = after.checkpoints - before.checkpoints;
  return run;
}

async function tableRows(db: Db) {
  const rows = await sql<{ table: string; n: number }>`
    select 'persons' as table, count(*)::int as n from persons
    union all select 'person_names', count(*)::int from person_names
    union all select 'person_addresses', count(*)::int from person_addresses
    union all select 'person_documents', count(*)::int from person_documents
    union all select 'marriages', count(*)::int from marriages
    union all select 'parentage', count(*)::int from parentage
    union all select 'bdas_fingerprints', count(*)::int from bdas_fingerprints
    union all select 'register_changes', count(*)::int from register_changes`.execute(db);
  return rows.rows;
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

async function tableSize(db: Db): Promise<string> {
  const size = await sql<{ size: string }>`
    select pg_size_pretty(sum(pg_total_relation_size(c.oid))) as size
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${SCHEMA} and c.relkind = 'r'`.execute(db);
  return size.rows[0]?.size ?? '?';
}

function earlierReport(): SeedReport | null {
  if (!existsSync(JSON_FILE)) return null;
  const parsed = JSON.parse(readFileSync(JSON_FILE, 'utf8')) as Partial<SeedReport>;
  return parsed.sizes === undefined ? null : (parsed as SeedReport);
}

async function main() {
  process.stdout.write(`Generating ${persons} persons without a database…\n`);
  const generated = countGenerated(persons);
  process.stdout.write(`  ${Math.round(generated.persons / generated.seconds)} persons/s\n`);

  process.stdout.write(`Loading ${pglitePersons} persons into PGlite (in memory)…\n`);
  const pglite = await openDatabase<AppDatabase>({ databaseUrl: null, dataDir: null });
  await migrate(pglite.db);
  await ensureAddressList(pglite.db);
  const pgliteStarted = performance.now();
  const pgliteLoaded = await loadHouseholds(
    pglite.db,
    generateHouseholds({ seed: values.seed, persons: pglitePersons }),
    { images: false, envelope, fresh: true },
  );
  const pgliteSeconds = (performance.now() - pgliteStarted) / 1000;
  await pglite.close();
  process.stdout.write(`  ${Math.round(pgliteLoaded / pgliteSeconds)} persons/s\n`);

  const pg = await openDatabase<AppDatabase>({
    databaseUrl: url,
    schema: SCHEMA,
    poolSize: parallel + 1,
  });
  const pool = postgresPoolOf(pg.db);
  const cpu = pool === undefined ? null : watchBackendCpu(pool);
  const measured: SeedRun[] = [];
  for (let i = 1; i <= runs; i++) {
    process.stdout.write(`Loading ${persons} persons into PostgreSQL, run ${i} of ${runs}…\n`);
    const run = await loadOnce(pg.db, cpu, persons);
    measured.push(run);
    process.stdout.write(
      `  ${Math.round(run.persons / run.seconds)} persons/s (${run.indexSeconds.toFixed(1)} s of it index builds)\n`,
    );
  }
  const rows = await tableRows(pg.db);
  const size = await tableSize(pg.db);
  const orphans = await countOrphans(pg.db);
  const machine = await describeMachine(pg.db);
  await sql`drop schema ${sql.raw(SCHEMA)} cascade`.execute(pg.db);
  await pg.close();

  const earlier = earlierReport();
  const report: SeedReport = {
    date: new Date().toISOString(),
    machine,
    parallel,
    generator: generated,
    pglite: { persons: pgliteLoaded, seconds: pgliteSeconds },
    sizes: {
      ...(earlier?.sizes ?? {}),
      [String(persons)]: {
        date: new Date().toISOString(),
        runs: measured,
        rows,
        tableSize: size,
        orphans,
      },
    },
  };
  mkdirSync('docs/benchmarks', { recursive: true });
  writeFileSync(JSON_FILE, `${JSON.stringify(report, null, 2)}\n`);
  await writeReport(report);
}

async function writeReport(report: SeedReport): Promise<void> {
  // Written as `npm run check` wants it, so a fresh report needs no formatting by hand.
  const style = await prettier.resolveConfig('docs/benchmarks/seed.md');
  const md = await prettier.format(renderSeedReport(report), { ...style, parser: 'markdown' });
  writeFileSync('docs/benchmarks/seed.md', md);
  process.stdout.write(`\n${md}`);
}

if (values['report-only']) {
  const report = earlierReport();
  if (report === null) throw new Error(`no ${JSON_FILE} to write the report from`);
  await writeReport(report);
} else await main();
