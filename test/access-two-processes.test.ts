import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { balanceOf, ledgerMismatches, recordDeposit } from '../src/billing/service.ts';
import { loadConfig, type Config } from '../src/config.ts';
import type { Database } from '../src/platform/db/database.ts';
import type { AppDatabase } from '../src/database.ts';
import type { App } from '../src/platform/http/app-type.ts';
import { createTestDatabase } from './support/database.ts';
import { makePerson } from './support/factories.ts';
import { freePort } from './support/listening-app.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';
import { connectedSystem, TEST_PURPOSE } from './support/system-client.ts';
import { staffSession } from './support/staff.ts';
import { changeConnectionStatus } from '../src/identity/connections.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';

/**
 * Two server processes on one PostgreSQL database, many parallel paid queries, and a balance that
 * covers only some of them. PGlite is one process by nature, so this runs against a server only.
 */
const url = process.env.DATABASE_URL;
const clock = { now: () => new Date() };
const secrets = {
  ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  SESSION_SECRET: randomBytes(32).toString('base64'),
  SIGNING_KEY: randomBytes(32).toString('base64'),
};
const PERSONS = 30;
/** How long a process may trust its cached status of a connection without a notification. */
const CONNECTION_CACHE_MS = 5_000;

/** Asks until the answer is `wanted` or `withinMs` has passed; answers the last status. */
async function statusWithin(
  ask: () => Promise<number>,
  wanted: number,
  withinMs: number,
): Promise<number> {
  const until = Date.now() + withinMs;
  let status = await ask();
  while (status !== wanted && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    status = await ask();
  }
  return status;
}
/** Rounds of parallel calls, each against a balance that runs out in the middle of it. */
const ROUNDS = [
  { calls: 60, affordable: 25 },
  { calls: 160, affordable: 70 },
];

let database: Database<AppDatabase>;
let app: App;
let publicUrl: string;
let config: Config;
const servers: ServerProcess[] = [];

async function startServer(schema: string, port: number): Promise<void> {
  if (url === undefined) throw new Error('DATABASE_URL is not set');
  servers.push(
    await startServerProcess({
      databaseUrl: url,
      schema,
      port,
      publicUrl,
      secrets,
      roles: 'web',
      env: { API_RATE_LIMIT_PER_MINUTE: '10000' },
    }),
  );
}

describe.skipIf(url === undefined)('two server processes on one database', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
      database.db,
    );
    const schema = rows[0]?.schema ?? 'public';
    const ports = [await freePort(), await freePort()];
    publicUrl = `http://127.0.0.1:${ports[0]}`;
    config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: '/nonexistent',
      PUBLIC_URL: publicUrl,
      ...secrets,
    });
    app = await buildApp({ config, db: database.db, engine: 'postgresql', clock });
    await app.ready();
    for (const port of ports) await startServer(schema, port);
  }, 300_000);

  afterAll(async () => {
    for (const server of servers) await server.stop();
    await app.close();
    await database.close();
  });

  it('never lets the balance go below zero, and every success has one debit and one audit row', async () => {
    const system = await connectedSystem({ app, db: database.db, config }, clock);
    const persons: { personalCode: string }[] = [];
    for (let i = 0; i < PERSONS; i++) persons.push(await makePerson(database.db));
    const token = await system.token();
    let paidTotal = 0;
    const servedBy = new Set<number>();
    for (const [round, { calls, affordable }] of ROUNDS.entries()) {
      await database.db.transaction().execute((trx) =>
        recordDeposit(trx, {
          organisationId: system.organisation.id,
          amountCents: affordable * 200,
          bankReference: `RF-TWO-PROCESSES-${round}`,
          staffId: null,
        }),
      );
      const answers = await Promise.all(
        Array.from({ length: calls }, async (_, i) => {
          const server = servers[i % servers.length];
          const person = persons[i % PERSONS];
          if (server === undefined || person === undefined) throw new Error('no server');
          const res = await fetch(`${server.base}/api/v1/persons/by-code`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              personalCode: person.personalCode,
              purpose: TEST_PURPOSE,
              endUser: `Lieta ${round}-${i}`,
            }),
          });
          return res.status;
        }),
      );
      const paid = answers.filter((s) => s === 200).length;
      const refused = answers.filter((s) => s === 402).length;
      // Nothing else: no 500, and no 503 (a deadlock retried until the attempts ran out).
      expect(answers.filter((s) => s !== 200 && s !== 402)).toEqual([]);
      expect(paid + refused).toBe(calls);
      expect(paid).toBe(affordable);
      answers.forEach((s, i) => s === 200 && servedBy.add(i % servers.length));
      expect(await balanceOf(database.db, system.organisation.id)).toBe(0);
      paidTotal += paid;
    }
    const paid = paidTotal;
    // Both processes served paid answers.
    expect(servedBy.size).toBe(2);
    const fees = await database.db
      .selectFrom('ledger_movements')
      .select(sql<number>`coalesce(-sum(amount_cents), 0)::bigint`.as('debited'))
      .where('organisation_id', '=', system.organisation.id)
      .where('kind', '=', 'state_fee')
      .executeTakeFirstOrThrow();
    expect(fees.debited).toBe(paid * 200);
    const audits = await database.db
      .selectFrom('audit_events')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('organisation_id', '=', system.organisation.id)
      .where('action', '=', 'person.read')
      .executeTakeFirstOrThrow();
    expect(audits.n).toBe(paid);
    expect(await ledgerMismatches(database.db)).toEqual([]);
  });
  it('stops a suspended connection in every process at once, and lets it in again on restoring', async () => {
    const system = await connectedSystem({ app, db: database.db, config }, clock);
    const token = await system.token();
    const agreementFrom = async (server: ServerProcess) =>
      (
        await fetch(`${server.base}/api/v1/agreement`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).status;
    // Both processes have checked the connection, and keep its status for CONNECTION_CACHE_MS.
    for (const server of servers) expect(await agreementFrom(server)).toBe(200);
    const staff = await staffSession(database.db, clock, 'pmlp_officer');
    const change = (action: 'suspend' | 'restore') =>
      inTransaction(database.db, (trx) =>
        changeConnectionStatus(
          trx,
          { clock, publicUrl },
          { staffId: staff.staffId, requestId: 'test' },
          system.clientId,
          action === 'suspend' ? { action, reason: 'Pārbaude' } : { action },
        ),
      );
    await change('suspend');
    // The suspension committed in this process; the others hear of it from the database. Well
    // before their cached status would lapse, each refuses.
    for (const server of servers) {
      expect(await statusWithin(() => agreementFrom(server), 401, CONNECTION_CACHE_MS / 2)).toBe(
        401,
      );
    }
    await change('restore');
    for (const server of servers) {
      expect(await statusWithin(() => agreementFrom(server), 200, CONNECTION_CACHE_MS / 2)).toBe(
        200,
      );
    }
  });
});
