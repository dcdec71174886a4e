/**
 * Data access benchmark: the full API query path (token check, agreement and scope check, fee
 * debit, audit append, answer) under a load generator on loopback, against pgbench sending the
 * same SQL transactions straight to PostgreSQL, with 10,000 and 2,000,000 persons loaded, each
 * in a schema of its own that later runs reuse. Every measurement is repeated, the API's and
 * pgbench's taking turns, and reported as its median and spread. Writes docs/benchmarks/access.md
 * and access.json.
 *
 *   npm run bench:access -- [--persons 2000000] [--small 10000] [--runs 3] [--seconds 15]
 *     [--fresh] [--load-only] [--report-only] [--profile dir] [--out docs/benchmarks/access]
 *   DATABASE_URL=postgres://… selects the server (default: the database bench_access, made if
 *   missing)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { format, resolveConfig } from 'prettier';
import { recordDeposit } from '../src/billing/service.ts';
import type { Db } from '../src/database.ts';
import { freePort } from '../test/support/listening-app.ts';
import { startServerProcess, type ServerProcess } from '../test/support/server-process.ts';
import { connectedSystem, TEST_PURPOSE } from '../test/support/system-client.ts';
import { fullSpeed, heldRate, type ApiLoad, type LoadFigures } from './access/api-load.ts';
import { withCpuUse, type CpuUse } from './access/cpu-use.ts';
import { loadPopulation, populationLoaded } from './access/population.ts';
import {
  accessReport,
  type AccessRun,
  type Kind,
  type Measurement,
  type SizeFigures,
} from './access/report.ts';
import {
  assertSameTransaction,
  KEYED_TRANSACTION_SCRIPT,
  REFERENCE_SCRIPT,
  runPgbench,
  scriptTransaction,
  TRANSACTION_SCRIPT,
} from './access/pgbench.ts';
import { serviceTransaction } from './access/service-transaction.ts';
import { spreadOf } from './access/spread.ts';
import { describeMachine, type Machine } from './machine.ts';
import { benchSecrets, serviceUnderTest } from './service-under-test.ts';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '2000000' },
    small: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '32' },
    'pgbench-clients': { type: 'string', default: '10' },
    /** The service's connections to PostgreSQL (DATABASE_POOL_SIZE). */
    pool: { type: 'string', default: '10' },
    /** Load the populations anew instead of reusing what an earlier run loaded. */
    fresh: { type: 'boolean', default: false },
    /** A directory for the web process's V8 CPU profiles (one per size). */
    profile: { type: 'string' },
    /** Only load the populations that are missing, for later runs to reuse, and measure nothing. */
    'load-only': { type: 'boolean', default: false },
    /** Write the report again from the figures in `${out}.json`, measuring nothing. */
    'report-only': { type: 'boolean', default: false },
    /** Where the report goes, without .md / .json. */
    out: { type: 'string', default: 'docs/benchmarks/access' },
  },
});
const sizes = [...new Set([Number(values.small), Number(values.persons)])];
const runs = Number(values.runs);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const pgbenchClients = Number(values['pgbench-clients']);
const poolSize = Number(values.pool);
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_access';
const databaseName = new URL(url).pathname.slice(1);
/** The organisations calling, each with a client and token of its own. */
const ORGANISATIONS = 8;
const BATCH = 10;
const SCOPES = ['identity', 'addresses', 'documents'];
const STATE_FEE_CENTS = 200;
const secrets = benchSecrets();
const clock = { now: () => new Date() };
const say = (line: string) => process.stdout.write(`${line}\n`);
const figuresLine = (f: LoadFigures) =>
  `${f.rate.toFixed(0)}/s, p50 ${f.p50.toFixed(2)} ms, p99 ${f.p99.toFixed(2)} ms, failed ${f.failed}`;

/** The benchmark's database on the server, made when missing (never the tests' database). */
async function ensureDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [
      databaseName,
    ]);
    if (rowCount === 0) await admin.query(`create database ${pg.escapeIdentifier(databaseName)}`);
  } finally {
    await admin.end();
  }
}

/** Every production person's code, so that calls spread over the whole loaded range. */
async function allCodes(db: Db): Promise<string[]> {
  const { rows } = await sql<{ code: string }>`
    select personal_code as code from persons where dataset = 'production'`.execute(db);
  return rows.map((r) => r.code);
}

/** The first and last of contiguous ids, as pgbench draws a random one between them. */
async function contiguous(db: Db, what: 'persons' | 'organisations', ids?: readonly number[]) {
  const { rows } =
    what === 'persons'
      ? await sql<{ first: number; last: number; n: number }>`
          select min(id)::int as first, max(id)::int as last, count(*)::int as n
          from persons where dataset = 'production'`.execute(db)
      : {
          rows: [
            {
              first: Math.min(...(ids ?? [])),
              last: Math.max(...(ids ?? [])),
              n: ids?.length ?? 0,
            },
          ],
        };
  const range = rows[0];
  if (range === undefined || range.last - range.first + 1 !== range.n) {
    throw new Error(`${what} ids are not contiguous; pgbench could pick a missing one`);
  }
  return range;
}

/** Full speed in short slices until two in a row agree within 5 %: the rate is steady. */
async function warmUp(load: () => Promise<ApiLoad>): Promise<void> {
  let last = 0;
  for (let slice = 1; slice <= 10; slice++) {
    const { rate } = await fullSpeed(await load(), { connections, seconds: 3 });
    say(`  warm-up slice ${slice}: ${rate.toFixed(0)}/s`);
    if (slice >= 3 && Math.abs(rate - last) / last < 0.05) return;
    last = rate;
  }
}

let machine: Machine | undefined;

async function measureSize(size: number): Promise<SizeFigures | null> {
  const schema = `access_${size}`;
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const probe = await serviceUnderTest({ url, schema, publicUrl, secrets, keep: true });
  const reuse = !values.fresh && (await populationLoaded(probe.db, schema, size));
  await probe.app.close();
  await probe.database.close();
  const { database, db, config, envelope, app } = await serviceUnderTest({
    url,
    schema,
    publicUrl,
    secrets,
    keep: reuse,
  });
  if (reuse) say(`${size.toLocaleString('en-GB')} persons: reusing schema ${schema}`);
  else {
    say(`${size.toLocaleString('en-GB')} persons: loading into schema ${schema}…`);
    const started = performance.now();
    let shown = started;
    await loadPopulation(db, envelope, schema, size, (done) => {
      if (performance.now() - shown > 15_000) {
        shown = performance.now();
        say(`  ${done.toLocaleString('en-GB')} persons`);
      }
    });
    say(`  loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  if (values['load-only']) {
    await app.close();
    await database.close();
    return null;
  }

  // The in-process app keeps imported client keys by their row's id, which each size's schema
  // numbers from 1: the sizes' keys are numbered apart, so the second size never meets the first's.
  await sql`select setval(pg_get_serial_sequence('connection_keys', 'id'),
    greatest(${size}, (select coalesce(max(id), 0) from connection_keys)))`.execute(db);
  // Organisations as onboarding leaves them, each with a deposit no run can use up.
  const systems: Awaited<ReturnType<typeof connectedSystem>>[] = [];
  for (let i = 0; i < ORGANISATIONS; i++) {
    const system = await connectedSystem({ app, db, config }, clock, { scopes: SCOPES });
    await db.transaction().execute((trx) =>
      recordDeposit(trx, {
        organisationId: system.organisation.id,
        amountCents: 1_000_000_000_000,
        bankReference: `BENCH-${system.organisation.id}`,
        staffId: null,
      }),
    );
    systems.push(system);
  }
  // Measure the steady state, not the load's aftermath: statistics fresh, dirty pages written.
  await sql`vacuum analyze`.execute(db);
  await sql`checkpoint`.execute(db);
  machine ??= await describeMachine(db);
  const codes = await allCodes(db);
  const persons = await contiguous(db, 'persons');
  const orgs = await contiguous(
    db,
    'organisations',
    systems.map((s) => s.organisation.id),
  );

  const first = systems[0];
  if (first === undefined) throw new Error('no organisation');
  const check = (idempotencyKey: string | null) =>
    serviceTransaction({
      url,
      schema,
      envelope,
      recipient: {
        organisationId: first.organisation.id,
        environment: 'production',
        actorType: 'system_client',
        actorId: first.clientId,
        channel: 'api',
        requestId: 'bench-check',
      },
      personalCode: codes[0] ?? '',
      purpose: TEST_PURPOSE,
      stateFeeCents: STATE_FEE_CENTS,
      idempotencyKey,
    });
  const scripts = [TRANSACTION_SCRIPT, KEYED_TRANSACTION_SCRIPT];
  const sent = [await check(null), await check(`bench-check-${Date.now()}`)];
  scripts.forEach((script, i) =>
    assertSameTransaction(sent[i] ?? [], scriptTransaction(readFileSync(script, 'utf8')), script),
  );
  const kept = await sql<{ legal_basis: string; answer: Buffer }>`
    select e.legal_basis, a.answer from audit_events e, idempotent_answers a
    where e.request_id = 'bench-check' order by e.id desc, a.created_at desc limit 1`.execute(db);
  const variables = {
    first_id: persons.first,
    last_id: persons.last,
    first_org: orgs.first,
    last_org: orgs.last,
    dataset: 'production',
    fee_kind: 'state_fee',
    fee: STATE_FEE_CENTS,
    debit: -STATE_FEE_CENTS,
    reference: 'pgbench',
    actor_type: 'system_client',
    actor_id: first.clientId,
    action: 'person.read',
    scopes: `{${[...SCOPES].sort().join(',')}}`,
    purpose: TEST_PURPOSE,
    legal_basis: kept.rows[0]?.legal_basis ?? '',
    channel: 'api',
    exempt: 'false',
    reason: 'pgbench',
    // A kept answer as large as the service's, and a request hash, for the keyed transaction.
    status: 200,
    request_hash: `\\x${'ab'.repeat(32)}`,
    answer: `\\x${'cd'.repeat(kept.rows[0]?.answer.length ?? 1000)}`,
  };

  const serverEnv = {
    API_RATE_LIMIT_PER_MINUTE: '100000000',
    LOG_LEVEL: 'info',
    DATABASE_POOL_SIZE: String(poolSize),
  };
  const serverOptions = { databaseUrl: url, schema, port, publicUrl, secrets };
  const servers: ServerProcess[] = [];
  const figures: Record<Kind, Measurement[]> = {
    api: [],
    apiBatch: [],
    apiHalf: [],
    pgExtended: [],
    pgPrepared: [],
    pgReference: [],
  };
  const halfRates: number[] = [];
  try {
    // Logging as in production; the rate limit out of the way.
    const web = await startServerProcess({
      ...serverOptions,
      roles: 'web',
      env: {
        ...serverEnv,
        ...(values.profile === undefined
          ? {}
          : { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${values.profile}` }),
      },
    });
    servers.push(web);
    // The worker role (the audit sealer among its jobs) in a process of its own, as at scale.
    const worker = await startServerProcess({ ...serverOptions, roles: 'worker', env: serverEnv });
    servers.push(worker);
    const cores = os.cpus().length;
    const measured = async (
      kind: Kind,
      label: string,
      work: () => Promise<LoadFigures>,
    ): Promise<Measurement> => {
      const processes = {
        web: kind.startsWith('api') ? web.pid : null,
        worker: worker.pid,
        database: databaseName,
      };
      const m = await withCpuUse(processes, cores, work, (f) => f.answered);
      say(`    ${label}: ${figuresLine(m.result)}, ${cpuLine(m.cpu)}`);
      figures[kind].push(m);
      return m;
    };
    // Tokens live five minutes: each measurement gets fresh ones.
    const load = async (batch: number): Promise<ApiLoad> => ({
      base: web.base,
      tokens: await Promise.all(systems.map((s) => s.token())),
      purpose: TEST_PURPOSE,
      codes,
      batch,
    });
    const pgbench = (kind: Kind, mode: 'extended' | 'prepared', reference: boolean) =>
      measured(kind, `pgbench -M ${mode}${reference ? ', 9-statement reference' : ''}`, () =>
        runPgbench({
          url,
          schema,
          clients: pgbenchClients,
          seconds,
          mode,
          scripts: reference ? [REFERENCE_SCRIPT] : scripts,
          variables,
        }),
      );
    const apiSide = async () => {
      const single = await measured('api', `API full speed, ${connections} connections`, async () =>
        fullSpeed(await load(1), { connections, seconds }),
      );
      const halfRate = Math.floor(single.result.rate / 2);
      halfRates.push(halfRate);
      await measured('apiHalf', `API at an even ${halfRate}/s`, async () =>
        heldRate(await load(1), { rate: halfRate, seconds }),
      );
      await measured('apiBatch', `API batches of ${BATCH}`, async () =>
        fullSpeed(await load(BATCH), { connections, seconds }),
      );
    };
    const pgSide = async () => {
      await pgbench('pgExtended', 'extended', false);
      await pgbench('pgPrepared', 'prepared', false);
      await pgbench('pgReference', 'extended', true);
    };

    say('  warming up the service until its rate is steady, and PostgreSQL with pgbench');
    await warmUp(() => load(1));
    await runPgbench({
      url,
      schema,
      clients: pgbenchClients,
      seconds: 3,
      mode: 'extended',
      scripts,
      variables,
    });
    for (let run = 1; run <= runs; run++) {
      say(`  run ${run} of ${runs}`);
      // Taking turns which side goes first, so neither always meets the other's aftermath.
      if (run % 2 === 1) {
        await apiSide();
        await pgSide();
      } else {
        await pgSide();
        await apiSide();
      }
    }
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await app.close();
    await database.close();
  }
  return { persons: codes.length, reused: reuse, halfRates, ...figures };
}

const cpuLine = (c: CpuUse) =>
  `CPU ${c.totalMs?.toFixed(2) ?? '?'} ms/answer (web ${c.webMs?.toFixed(2) ?? '?'}, worker ${c.workerMs?.toFixed(2) ?? '?'}, PostgreSQL ${c.postgresMs?.toFixed(2) ?? '?'}), machine ${c.machineBusyCores?.toFixed(2) ?? '?'} cores busy`;

/** The Markdown report, formatted as the repository's check expects of every Markdown file. */
async function writeReport(run: AccessRun): Promise<void> {
  const file = `${values.out}.md`;
  const md = await format(accessReport(run), {
    ...(await resolveConfig(file)),
    parser: 'markdown',
  });
  writeFileSync(file, md);
  say(`\n${md}`);
}

async function main(): Promise<void> {
  if (values['report-only']) {
    await writeReport(JSON.parse(readFileSync(`${values.out}.json`, 'utf8')) as AccessRun);
    return;
  }
  await ensureDatabase();
  const started = new Date();
  const sizeFigures: SizeFigures[] = [];
  for (const size of sizes) {
    const figures = await measureSize(size);
    if (figures !== null) sizeFigures.push(figures);
  }
  if (values['load-only']) return;
  if (machine === undefined) throw new Error('no size was measured');

  const run: AccessRun = {
    date: started.toISOString(),
    machine,
    settings: {
      runs,
      seconds,
      connections,
      pgbenchClients,
      poolSize,
      organisations: ORGANISATIONS,
      batch: BATCH,
      statements: scriptTransaction(readFileSync(TRANSACTION_SCRIPT, 'utf8')).length,
      keyedStatements: scriptTransaction(readFileSync(KEYED_TRANSACTION_SCRIPT, 'utf8')).length,
      referenceStatements: scriptTransaction(readFileSync(REFERENCE_SCRIPT, 'utf8')).length,
    },
    sizes: sizeFigures,
  };
  const out = values.out;
  mkdirSync(out.replace(/\/[^/]*$/, ''), { recursive: true });
  writeFileSync(`${out}.json`, `${JSON.stringify(run, null, 2)}\n`);
  await writeReport(run);
  say(
    `medians: ${sizeFigures.map((s) => `${s.persons}: API ${spreadOf(s.api.map((m) => m.result.rate)).median.toFixed(0)}/s`).join('; ')}`,
  );
}

await main();
