import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/database.ts';
import { addEntry } from '../src/monitoring/service.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';
import { AppError } from '../src/platform/errors.ts';
import { makeConcludedAgreement } from './support/agreements.ts';
import { createTestDatabase } from './support/database.ts';
import { makePerson } from './support/factories.ts';
import { agreeMonitoring } from './support/monitoring-list.ts';
import { makeOrganisation } from './support/organisations.ts';
import { waitingBehind } from './support/lock-waiters.ts';

/**
 * Several connections adding persons at once must not pass the agreed number. The inserts are
 * held back behind a table lock until every addition has started, so without a lock of their
 * own they would all count the same entries and all pass.
 */
const url = process.env.DATABASE_URL;
const clock = { now: () => new Date() };
const ADDS = 5;
const LIMIT = 2;

let db: Db;
let close: () => Promise<void>;
let observer: pg.Client;

beforeAll(async () => {
  if (url === undefined) return;
  const database = await createTestDatabase({ poolSize: ADDS + 2 });
  db = database.db;
  close = () => database.close();
  observer = new pg.Client({ connectionString: url });
  await observer.connect();
});
afterAll(async () => {
  if (url === undefined) return;
  await observer.end();
  await close();
});

describe.skipIf(url === undefined)('the monitoring limit under concurrent additions', () => {
  it('lets exactly as many persons in as the agreement allows', async () => {
    const org = await makeOrganisation(db);
    const agreement = await makeConcludedAgreement(db, org.id, { environments: ['production'] });
    await agreeMonitoring(db, agreement.id, LIMIT);
    const persons = await Promise.all(Array.from({ length: ADDS }, () => makePerson(db)));

    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let blockerPid = 0;
    let locked: () => void = () => undefined;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const blocker = db.transaction().execute(async (trx) => {
      const pid = await trx
        .selectNoFrom((eb) => eb.fn<number>('pg_backend_pid', []).as('pid'))
        .executeTakeFirstOrThrow();
      blockerPid = pid.pid;
      // Entries can be counted but not written until the blocker lets go.
      await sql`lock table monitoring_entries in share row exclusive mode`.execute(trx);
      locked();
      await released;
    });
    await isLocked;
    const adds = persons.map((p, i) =>
      inTransaction(db, (trx) =>
        addEntry(
          trx,
          { clock },
          {
            organisationId: org.id,
            environment: 'production',
            by: `connection:${i}`,
            audit: { actorType: 'system_client', actorId: `c${i}`, channel: 'api' },
            requestId: `concurrent-${i}`,
          },
          { personalCode: p.personalCode },
        ),
      ),
    );
    for (let i = 0; i < 500 && (await waitingBehind(observer, blockerPid)) < ADDS; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    release();
    await blocker;
    const outcomes = await Promise.allSettled(adds);
    const added = outcomes.filter((o) => o.status === 'fulfilled').length;
    const refused = outcomes.filter(
      (o) =>
        o.status === 'rejected' &&
        o.reason instanceof AppError &&
        o.reason.code === 'monitoring_limit_reached',
    ).length;
    expect(added).toBe(LIMIT);
    expect(refused).toBe(ADDS - LIMIT);
    const open = await db
      .selectFrom('monitoring_entries')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('organisation_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(Number(open.n)).toBe(LIMIT);
    const usage = await db
      .selectFrom('billing_daily_usage')
      .select(['peak', 'closing'])
      .where('organisation_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(usage).toEqual({ peak: LIMIT, closing: LIMIT });
  });
});
