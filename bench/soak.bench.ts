/**
 * Soak under failure: paid person queries at a steady load through two web processes while web
 * and worker processes are killed (SIGKILL, no shutdown) and started again, on PostgreSQL. Then
 * the books: every balance against its entries, the state fees against the audited reads, the
 * audit chain recomputed and its seals checked, and the answers the clients received against
 * what was charged. Loopback only, bounded in time and calls; stops by itself. Writes
 * docs/benchmarks/soak.md and soak.json.
 *
 *   npm run bench:soak -- [--seconds 90] [--clients 16] [--kill-every 5] [--persons 2000]
 *   DATABASE_URL=postgres://… selects the server (default: the local test database)
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { format, resolveConfig } from 'prettier';
import { balanceOf, ledgerMismatches, recordDeposit } from '../src/billing/service.ts';
import type { Db } from '../src/database.ts';
import { sealKeysFrom } from '../src/platform/audit/seal-key.ts';
import { verifyAuditChain } from '../src/platform/audit/verify.ts';
import { freePort } from '../test/support/listening-app.ts';
import { startServerProcess, type ServerProcess } from '../test/support/server-process.ts';
import { connectedSystem, TEST_PURPOSE } from '../test/support/system-client.ts';
import { stagedPopulation } from './access/population.ts';
import { describeMachine } from './machine.ts';
import { benchSecrets, serviceUnderTest } from './service-under-test.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '90' },
    clients: { type: 'string', default: '16' },
    'kill-every': { type: 'string', default: '5' },
    persons: { type: 'string', default: '2000' },
  },
});
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const killEverySeconds = Number(values['kill-every']);
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = 'bench_soak';
const STATE_FEE_CENTS = 200;
/** More than the run can spend, so refusals for want of money do not blur the figures. */
const DEPOSIT_CENTS = 100_000_000;
const secrets = benchSecrets();
const clock = { now: () => new Date() };
const say = (line: string) => process.stdout.write(`${line}\n`);

interface Tally {
  sent: number;
  paid: number;
  refused: number;
  /** Answers of 5xx: the soak's purpose is that there are none, even around a kill. */
  serverErrors: number;
  /** The connection broke (the process was killed mid-call): the answer is lost. */
  lost: number;
  /** Lost calls sent again with the same Idempotency-Key, and answered. */
  retriedWithKey: number;
}

/** A web process that is killed and started again on the same port. */
class Restartable {
  private current: ServerProcess | null = null;
  up = false;
  kills = 0;
  constructor(private readonly start: () => Promise<ServerProcess>) {}
  async boot(): Promise<void> {
    this.current = await this.start();
    this.up = true;
  }
  async killAndRestart(): Promise<void> {
    this.up = false;
    await this.current?.kill();
    this.kills += 1;
    await this.boot();
  }
  get base(): string {
    if (this.current === null) throw new Error('not started');
    return this.current.base;
  }
  async stop(): Promise<void> {
    this.up = false;
    await this.current?.stop();
  }
}

async function codesOf(db: Db): Promise<string[]> {
  const { rows } = await sql<{ code: string }>`
    select personal_code as code from persons where dataset = 'production'`.execute(db);
  return rows.map((r) => r.code);
}

async function unsealedCount(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from audit_events e
    where not exists (select 1 from audit_chain c where c.event_id = e.id)`.execute(db);
  return rows[0]?.n ?? 0;
}

/** Fees debited and reads audited for the organisation: each read must have paid its fee. */
async function feesAndReads(db: Db, organisationId: number) {
  const { rows } = await sql<{ debited: number; reads: number; read_fees: number }>`
    select
      (select coalesce(-sum(amount_cents), 0)::bigint from ledger_movements
       where organisation_id = ${organisationId} and kind = 'state_fee') as debited,
      (select count(*)::int from audit_events
       where organisation_id = ${organisationId} and action = 'person.read') as reads,
      (select coalesce(sum(fee_cents), 0)::bigint from audit_events
       where organisation_id = ${organisationId} and action = 'person.read') as read_fees`.execute(
    db,
  );
  const row = rows[0];
  if (row === undefined) throw new Error('no figures');
  return row;
}

async function main(): Promise<void> {
  const ports = [await freePort(), await freePort()];
  const publicUrl = `http://127.0.0.1:${ports[0]}`;
  // The app in this process only onboards the organisation and issues its tokens.
  const { database, db, envelope, app, config } = await serviceUnderTest({
    url,
    schema,
    publicUrl,
    secrets,
  });
  const system = await connectedSystem({ app, db, config }, clock, { scopes: ['identity'] });
  await db.transaction().execute((trx) =>
    recordDeposit(trx, {
      organisationId: system.organisation.id,
      amountCents: DEPOSIT_CENTS,
      bankReference: 'SOAK-1',
      staffId: null,
    }),
  );
  say(`Loading ${values.persons} persons…`);
  await stagedPopulation(db, envelope, 'soak', Number(values.persons)).loadUpTo(
    Number(values.persons),
  );
  const codes = await codesOf(db);

  const serverOptions = { databaseUrl: url, schema, publicUrl, secrets };
  const env = { API_RATE_LIMIT_PER_MINUTE: '100000000', LOG_LEVEL: 'error' };
  const webs = ports.map(
    (port) =>
      new Restartable(() => startServerProcess({ ...serverOptions, port, roles: 'web', env })),
  );
  const worker = new Restartable(async () =>
    startServerProcess({ ...serverOptions, port: await freePort(), roles: 'worker', env }),
  );
  for (const p of [...webs, worker]) await p.boot();

  const tally: Tally = {
    sent: 0,
    paid: 0,
    refused: 0,
    serverErrors: 0,
    lost: 0,
    retriedWithKey: 0,
  };
  const token = await system.token();
  const deadline = performance.now() + seconds * 1000;
  let turn = 0;

  const call = async (base: string, code: string, key: string | null): Promise<number | null> => {
    try {
      const res = await fetch(`${base}/api/v1/persons/by-code`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...(key === null ? {} : { 'idempotency-key': key }),
        },
        body: JSON.stringify({ personalCode: code, purpose: TEST_PURPOSE, endUser: 'Soak' }),
        signal: AbortSignal.timeout(15_000),
      });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return null;
    }
  };

  const count = (status: number) => {
    if (status === 200) tally.paid += 1;
    else if (status === 402) tally.refused += 1;
    else if (status >= 500) tally.serverErrors += 1;
  };

  const client = async (_: unknown, index: number): Promise<void> => {
    // Every other call carries a key, as the API description recommends for all of them; the
    // alternation is the client's own, so it does not follow which process answers.
    let withKey = index % 2 === 0;
    while (performance.now() < deadline) {
      withKey = !withKey;
      const live = webs.filter((w) => w.up);
      const server = live[turn++ % Math.max(live.length, 1)];
      if (server === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      const code = codes[turn % codes.length] ?? '';
      const key = withKey ? randomUUID() : null;
      tally.sent += 1;
      const status = await call(server.base, code, key);
      if (status !== null) {
        count(status);
        continue;
      }
      tally.lost += 1;
      if (key === null) continue;
      // The answer was lost with the process: the same key again, on whichever process is up.
      for (let attempt = 0; attempt < 50 && performance.now() < deadline + 30_000; attempt++) {
        const other = webs.find((w) => w.up);
        const again = other === undefined ? null : await call(other.base, code, key);
        if (again !== null) {
          tally.retriedWithKey += 1;
          if (again >= 500) tally.serverErrors += 1;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };

  const killer = async (): Promise<void> => {
    let n = 0;
    while (performance.now() < deadline - killEverySeconds * 1000) {
      await new Promise((resolve) => setTimeout(resolve, killEverySeconds * 1000));
      n += 1;
      // Each round kills one web process; every other round the worker too, mid-seal.
      const web = webs[n % webs.length];
      const kills: Promise<void>[] = web === undefined ? [] : [web.killAndRestart()];
      if (n % 2 === 0) kills.push(worker.killAndRestart());
      await Promise.all(kills);
    }
  };

  say(`Soaking for ${seconds} s: ${clients} clients, a kill every ${killEverySeconds} s`);
  const began = performance.now();
  await Promise.all([...Array.from({ length: clients }, client), killer()]);
  const elapsed = (performance.now() - began) / 1000;

  // Let the (last started) worker seal everything written, then stop the processes.
  const sealDeadline = performance.now() + 120_000;
  let unsealed = await unsealedCount(db);
  while (unsealed > 0 && performance.now() < sealDeadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    unsealed = await unsealedCount(db);
  }
  for (const p of [...webs, worker]) await p.stop();
  await app.close();

  const books = await feesAndReads(db, system.organisation.id);
  const mismatches = await ledgerMismatches(db);
  const chain = await verifyAuditChain(
    db,
    sealKeysFrom(Buffer.from(secrets.SIGNING_KEY, 'base64')).publicKey,
  );
  const balance = await balanceOf(db, system.organisation.id);
  const machine = await describeMachine(db);
  await database.close();

  const checks = {
    ledgerSound: mismatches.length === 0,
    feesEqualReads:
      books.debited === books.reads * STATE_FEE_CENTS && books.debited === books.read_fees,
    balanceEqualsDepositLessFees: balance === DEPOSIT_CENTS - books.debited,
    chainIntact: chain.ok,
    allSealed: unsealed === 0,
    noServerErrors: tally.serverErrors === 0,
    // Every paid answer a client received was charged and audited; the rest of the charges are
    // answers lost with a killed process.
    answersCharged: tally.paid + tally.retriedWithKey <= books.reads,
  };
  const figures = {
    date: new Date().toISOString(),
    machine,
    seconds: Math.round(elapsed),
    clients,
    killEverySeconds,
    webKills: webs.reduce((sum, w) => sum + w.kills, 0),
    workerKills: worker.kills,
    tally,
    chargedReads: books.reads,
    chargesWithoutAnAnswer: books.reads - tally.paid - tally.retriedWithKey,
    sealedLinks: chain.links,
    checks,
  };
  say(JSON.stringify(figures, null, 2));
  mkdirSync('docs/benchmarks', { recursive: true });
  writeFileSync('docs/benchmarks/soak.json', `${JSON.stringify(figures, null, 2)}\n`);
  const markdown = soakReport(figures);
  const options = (await resolveConfig('docs/benchmarks/soak.md')) ?? {};
  writeFileSync(
    'docs/benchmarks/soak.md',
    await format(markdown, { ...options, parser: 'markdown' }),
  );
  const failed = Object.entries(checks).filter(([, ok]) => !ok);
  if (failed.length > 0) {
    say(`FAILED: ${failed.map(([name]) => name).join(', ')}`);
    process.exitCode = 1;
  }
}

function soakReport(f: {
  date: string;
  machine: { cpus: number; model: string; node: string; postgres: string };
  seconds: number;
  clients: number;
  killEverySeconds: number;
  webKills: number;
  workerKills: number;
  tally: Tally;
  chargedReads: number;
  chargesWithoutAnAnswer: number;
  sealedLinks: number;
  checks: Record<string, boolean>;
}): string {
  const mark = (ok: boolean) => (ok ? 'holds' : '**broken**');
  return [
    '# Soak under failure',
    '',
    `Run ${f.date.slice(0, 10)} by \`npm run bench:soak\` on ${f.machine.cpus} cores (${f.machine.model}), Node ${f.machine.node}, PostgreSQL ${f.machine.postgres}.`,
    '',
    `Two web processes and one worker process on one PostgreSQL database; ${f.clients} clients sent paid by-code queries for ${f.seconds} s, half with an \`Idempotency-Key\`. Every ${f.killEverySeconds} s one web process was killed with SIGKILL and started again, and every other time the worker too, whatever it was doing (sealing the audit log among it). A call whose connection broke was sent again with the same key when it had one.`,
    '',
    '| figure | value |',
    '| --- | --- |',
    `| calls sent | ${f.tally.sent} |`,
    `| answered 200 (paid) | ${f.tally.paid} |`,
    `| answered 402 (refused) | ${f.tally.refused} |`,
    `| answered 5xx | ${f.tally.serverErrors} |`,
    `| connection broken by a kill | ${f.tally.lost} |`,
    `| of those, answered again with the same key | ${f.tally.retriedWithKey} |`,
    `| web processes killed | ${f.webKills} |`,
    `| worker processes killed | ${f.workerKills} |`,
    `| reads charged and audited | ${f.chargedReads} |`,
    `| charged reads whose answer no client received | ${f.chargesWithoutAnAnswer} |`,
    `| audit rows in the sealed chain | ${f.sealedLinks} |`,
    '',
    '| check | result |',
    '| --- | --- |',
    ...Object.entries(f.checks).map(([name, ok]) => `| ${name} | ${mark(ok)} |`),
    '',
    'How to read it: every charge is an audited read and every audited read paid EUR 2.00, whatever was killed when. The charged reads without an answer are calls sent without a key whose process died between commit and reply: the API description warns of exactly this and recommends a key on every call. A kill never produced a 5xx; a call in flight when its process died just lost its connection.',
    '',
  ].join('\n');
}

await main();
