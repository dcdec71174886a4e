import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveUserRequest } from '../src/identity/org-users.ts';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import type { Db } from '../src/database.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';
import { AppError } from '../src/platform/errors.ts';
import { makeConcludedAgreement } from './support/agreements.ts';
import { createTestDatabase } from './support/database.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';
import { waitingBehind } from './support/lock-waiters.ts';

/**
 * PMLP approving several browser-user requests at once must not pass the agreed number of
 * users. The writes are held back behind a lock until every approval has counted, so without a
 * lock of their own they would all count the same users and all pass.
 */
const url = process.env.DATABASE_URL;
const clock = { now: () => new Date('2026-06-01T09:00:00Z') };
const APPROVALS = 4;

let db: Db;
let close: () => Promise<void>;
let observer: pg.Client;

beforeAll(async () => {
  if (url === undefined) return;
  const database = await createTestDatabase({ poolSize: APPROVALS + 2 });
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

describe.skipIf(url === undefined)('the browser-user limit under concurrent approvals', () => {
  it('lets exactly as many users in as the agreement allows', async () => {
    const org = await makeOrganisation(db);
    await makeConcludedAgreement(db, org.id, { pdpUsers: 1 });
    const manager = await orgUserSession(db, clock, { organisationId: org.id, responsible: true });
    const staff = await staffSession(db, clock, 'pmlp_officer');
    const requests = await db
      .insertInto('org_user_requests')
      .values(
        Array.from({ length: APPROVALS }, (_, i) => ({
          organisation_id: org.id,
          name: `Lietotājs ${i}`,
          email: `quota${i}.${org.id}@example.lv`,
          requested_by: manager.orgUserId,
          status: 'pending',
        })),
      )
      .returning('id')
      .execute();

    // Users can be counted but not added until the blocker lets go.
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
      await sql`lock table org_users in share row exclusive mode`.execute(trx);
      locked();
      await released;
    });
    await isLocked;
    const deps = { clock, envelope: createEnvelope(Buffer.alloc(32, 1)), publicUrl: 'http://x' };
    const approvals = requests.map((r) =>
      inTransaction(db, (trx) => approveUserRequest(trx, deps, { staffId: staff.staffId }, r.id)),
    );
    for (let i = 0; i < 500 && (await waitingBehind(observer, blockerPid)) < APPROVALS; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    release();
    await blocker;
    const outcomes = await Promise.allSettled(approvals);
    const approved = outcomes.filter((o) => o.status === 'fulfilled').length;
    const refused = outcomes.filter(
      (o) =>
        o.status === 'rejected' &&
        o.reason instanceof AppError &&
        o.reason.code === 'user_limit_reached',
    ).length;
    expect(approved).toBe(1);
    expect(refused).toBe(APPROVALS - 1);
    const browserUsers = await db
      .selectFrom('org_users')
      .select('id')
      .where('organisation_id', '=', org.id)
      .where('role', '=', 'pdp_user')
      .execute();
    expect(browserUsers).toHaveLength(1);
  });
});
