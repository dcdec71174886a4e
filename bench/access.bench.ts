/**
 * Data access benchmark: the full API query path (token check, agreement and scope check, fee
 * debit, audit append, answer) under a load generator on loopback, against pgbench sending the
 * same SQL transaction straight to PostgreSQL, with 10,000 and then 2,000,000 persons loaded, all
 * in one run. Writes docs/benchmarks/access.md and access.json.
 *
 *   npm run bench:access -- [--persons 2000000] [--small 10000] [--seconds 20] [--pool 10]
 *     [--profile dir]
 *   DATABASE_URL=postgres://… selects the server (default: the local test database)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { format, resolveConfig } from 'prettier';
import { recordDeposit } from '../src/billing/service.ts';
import type { Db } from '../src/database.ts';
import { freePort } from '../test/support/listening-app.ts';
import { startServerProcess } from '../test/support/server-process.ts';
import { connectedSystem, TEST_PURPOSE } from '../test/support/system-client.ts';
import { fullSpeed, heldRate, type LoadFigures } from './access/api-load.ts';
import { withCpuUse } from './access/cpu-use.ts';
import { accessReport, type SizeFigures } from './access/report.ts';
import {
  assertSameTransaction,
  runPgbench,
  scriptTransaction,
  TRANSACTION_SCRIPT,
} from './access/pgbench.ts';
import { stagedPopulation } from './access/population.ts';
import { serviceTransaction } from './access/service-transaction.ts';
import { describeMachine } from './machine.ts';
import { benchSecrets, dropSchema, serviceUnderTest } from './service-under-test.ts';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '2000000' },
    small: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '32' },
    'pgbench-clients': { type: 'string', default: '10' },
    /** The service's connections to PostgreSQL (DATABASE_POOL_SIZE). */
    pool: { type: 'string', default: '10' },
    /** A directory for the server's V8 CPU profiles (one per size), to see where its time goes. */
    profile: { type: 'string' },
  },
});
const sizes = [Number(values.small), Number(values.persons)];
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const pgbenchClients = Number(values['pgbench-clients']);
const poolSize = Number(values.pool);
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = 'bench_access';
const SCOPES = ['identity', 'addresses', 'documents'];
const STATE_FEE_CENTS = 200;
const secrets = benchSecrets();
const clock = { now: () => new Date() };
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Codes to ask for: a random sample of the loaded persons, so every call reads another person. */
async function sampleCodes(db: Db, count: number): Promise<string[]> {
  const { rows } = await sql<{ code: string }>`
    select personal_code as code from persons
    where dataset = 'production' order by random() limit ${count}`.execute(db);
  return rows.map((r) => r.code);
}

async function idRange(db: Db): Promise<{ first: number; last: number }> {
  const { rows } = await sql<{ first: number; last: number; n: number }>`
    select min(id)::int as first, max(id)::int as last, count(*)::int as n
    from persons where dataset = 'production'`.execute(db);
  const range = rows[0];
  // pgbench picks a person by a random id, so every id in the range must be a person.
  if (range === undefined || range.last - range.first + 1 !== range.n) {
    throw new Error('person ids are not contiguous; pgbench could pick a missing one');
  }
  return range;
}

async function main(): Promise<void> {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const { database, db, config, envelope, app } = await serviceUnderTest({
    url,
    schema,
    publicUrl,
    secrets,
  });

  // An organisation as onboarding leaves it, with a deposit that no run can use up.
  const system = await connectedSystem({ app, db, config }, clock, {
    scopes: SCOPES,
  });
  await db.transaction().execute((trx) =>
    recordDeposit(trx, {
      organisationId: system.organisation.id,
      amountCents: 1_000_000_000_000,
      bankReference: 'BENCH-1',
      staffId: null,
    }),
  );

  const population = stagedPopulation(db, envelope, 'access-bench', Math.max(...sizes));
  const script = scriptTransaction(readFileSync(TRANSACTION_SCRIPT, 'utf8'));
  const figures: SizeFigures[] = [];
  for (const size of sizes) {
    say(`Loading persons up to ${size.toLocaleString('en-GB')}…`);
    let shown = performance.now();
    const persons = await population.loadUpTo(size, (done) => {
      if (performance.now() - shown > 15_000) {
        shown = performance.now();
        say(`  ${done.toLocaleString('en-GB')} persons`);
      }
    });
    // Measure the steady state, not the load's aftermath: statistics fresh, dirty pages written.
    await sql`vacuum analyze`.execute(db);
    await sql`checkpoint`.execute(db);
    const codes = await sampleCodes(db, 50_000);
    const ids = await idRange(db);

    const service = await serviceTransaction({
      url,
      schema,
      envelope,
      recipient: {
        organisationId: system.organisation.id,
        environment: 'production',
        actorType: 'system_client',
        actorId: system.clientId,
        channel: 'api',
        requestId: 'bench-check',
      },
      personalCode: codes[0] ?? '',
      purpose: TEST_PURPOSE,
      stateFeeCents: STATE_FEE_CENTS,
    });
    assertSameTransaction(service, script);
    const legalBasis = await sql<{ text: string }>`
      select legal_basis as text from audit_events where request_id = 'bench-check'
      order by id desc limit 1`.execute(db);

    const serverEnv = {
      API_RATE_LIMIT_PER_MINUTE: '100000000',
      LOG_LEVEL: 'info',
      DATABASE_POOL_SIZE: String(poolSize),
    };
    const serverOptions = { databaseUrl: url, schema, port, publicUrl, secrets };
    const server = await startServerProcess({
      ...serverOptions,
      roles: 'web',
      // Logging as in production; the rate limit out of the way.
      env: {
        ...serverEnv,
        ...(values.profile === undefined
          ? {}
          : { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${values.profile}` }),
      },
    });
    // The worker role (the audit sealer among its jobs) in a process of its own, as at scale.
    const worker = await startServerProcess({
      ...serverOptions,
      roles: 'worker',
      env: serverEnv,
    });
    try {
      const api = async () => ({
        base: server.base,
        token: await system.token(),
        purpose: TEST_PURPOSE,
        codes,
      });
      say(`  warming up for 5 s`);
      await fullSpeed(await api(), { connections, seconds: 5 });
      say(`  API at full speed, ${connections} connections, ${seconds} s`);
      const cores = os.cpus().length;
      const measured = <T extends LoadFigures>(work: () => Promise<T>) =>
        withCpuUse(server.pid, cores, work, (f) => f.answered);
      const max = await measured(async () => fullSpeed(await api(), { connections, seconds }));
      const apiMax = max.result;
      say(`    ${apiMax.rate.toFixed(0)}/s, p50 ${apiMax.p50} ms, p99 ${apiMax.p99} ms`);
      const halfRate = Math.floor(apiMax.rate / 2);
      say(`  API at an even ${halfRate}/s, ${seconds} s`);
      const half = await measured(async () => heldRate(await api(), { rate: halfRate, seconds }));
      const apiHalf = half.result;
      say(
        `    ${apiHalf.rate.toFixed(0)}/s, p50 ${apiHalf.p50.toFixed(2)} ms, p99 ${apiHalf.p99.toFixed(2)} ms`,
      );
      const pgbench = async (mode: 'extended' | 'prepared') => {
        say(`  pgbench -M ${mode}, ${pgbenchClients} clients, ${seconds} s`);
        const { result, cpu } = await measured(() =>
          runPgbench({
            url,
            schema,
            clients: pgbenchClients,
            seconds,
            mode,
            variables: pgbenchVariables(
              system.organisation.id,
              system.clientId,
              ids,
              legalBasis.rows[0]?.text ?? '',
            ),
          }),
        );
        say(
          `    ${result.rate.toFixed(0)}/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms`,
        );
        return { result, cpu };
      };
      const extended = await pgbench('extended');
      const pgPrepared = (await pgbench('prepared')).result;
      figures.push({
        persons,
        apiMax,
        apiHalf,
        halfRate,
        pgExtended: extended.result,
        pgPrepared,
        cpu: { apiMax: max.cpu, apiHalf: half.cpu, pgExtended: extended.cpu },
      });
    } finally {
      await worker.stop();
      await server.stop();
    }
  }
  const audit = await sql<{ n: number }>`select count(*)::int as n from audit_events`.execute(db);
  const machine = await describeMachine(db);
  await app.close();
  await database.close();
  await dropSchema(url, schema);

  const run = {
    date: new Date().toISOString(),
    machine,
    settings: { seconds, connections, pgbenchClients, poolSize, statements: script.length },
    auditRows: audit.rows[0]?.n ?? 0,
    sizes: figures,
  };
  mkdirSync('docs/benchmarks', { recursive: true });
  writeFileSync('docs/benchmarks/access.json', `${JSON.stringify(run, null, 2)}\n`);
  // Formatted as the repository's check expects of every Markdown file.
  const file = 'docs/benchmarks/access.md';
  const md = await format(accessReport(run), {
    ...(await resolveConfig(file)),
    parser: 'markdown',
  });
  writeFileSync(file, md);
  say(`\n${md}`);
}

/** The values the service sends as parameters, for the pgbench script's variables. */
function pgbenchVariables(
  organisationId: number,
  clientId: string,
  ids: { first: number; last: number },
  legalBasis: string,
): Record<string, string | number> {
  return {
    first_id: ids.first,
    last_id: ids.last,
    org: organisationId,
    dataset: 'production',
    fee_kind: 'state_fee',
    fee: STATE_FEE_CENTS,
    debit: -STATE_FEE_CENTS,
    reference: 'pgbench',
    actor_type: 'system_client',
    actor_id: clientId,
    action: 'person.read',
    scopes: `{${[...SCOPES].sort().join(',')}}`,
    purpose: TEST_PURPOSE,
    legal_basis: legalBasis,
    channel: 'api',
    exempt: 'false',
    reason: 'pgbench',
  };
}

await main();
