import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BALANCE_SLOTS,
  chargeStateFee,
  ledgerMismatches,
  recordDeposit,
} from '../src/billing/ledger.ts';
import * as store from '../src/billing/ledger-store.ts';
import type { Db } from '../src/database.ts';
import { AppError } from '../src/platform/errors.ts';
import { createTestDatabase } from './support/database.ts';
import { makeOrganisation } from './support/organisations.ts';

/**
 * Debits of one organisation must never wait for each other in a circle. This file plays one
 * interleaving step by step on a PostgreSQL server, each transaction on its own connection, and
 * moves on only once the server shows the previous step waiting where it should: a debit that
 * waited for a busy slot and then found it short must not keep that slot locked while it locks
 * every slot in order to even them out, or a concurrent evening-out that took the lower slots
 * first waits for it while it waits for them.
 */
const url = process.env.DATABASE_URL;

let db: Db;
let close: () => Promise<void>;
let observer: pg.Client;

beforeAll(async () => {
  if (url === undefined) return;
  const database = await createTestDatabase();
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

/** A transaction held open until `release` is called, answering its server process id first. */
function heldTransaction<T>(work: (trx: Db) => Promise<T>) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let started: (pid: number) => void = () => undefined;
  const pid = new Promise<number>((resolve) => (started = resolve));
  let worked: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (worked = resolve));
  const outcome = db.transaction().execute(async (trx) => {
    const row = await trx
      .selectNoFrom((eb) => eb.fn<number>('pg_backend_pid', []).as('pid'))
      .executeTakeFirstOrThrow();
    started(row.pid);
    const result = await work(trx);
    worked();
    await released;
    return result;
  });
  // Reported by the test's own assertions; never an unhandled rejection in between.
  outcome.catch(() => undefined);
  return { pid, done, outcome, release };
}

/** Waits until the server shows `pid` blocked by one of `by` (polling, bounded). */
async function blockedBy(pid: number, by: readonly number[]): Promise<void> {
  let seen: number[] = [];
  for (let i = 0; i < 500; i++) {
    const { rows } = await observer.query<{ blockers: number[] }>(
      'select pg_blocking_pids($1) as blockers',
      [pid],
    );
    seen = rows[0]?.blockers ?? [];
    if (seen.some((b) => by.includes(b))) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(
    `process ${pid} never waited for ${by.join(', ')}; it waits for ${seen.join(', ')}`,
  );
}

/** Moves money between the organisation's slots as a recorded rebalance, so `ledger check` holds. */
async function shapeSlots(organisationId: number, target: ReadonlyMap<number, number>) {
  await db.transaction().execute(async (trx) => {
    const slots = await store.lockAllSlots(trx, organisationId);
    const movementId = await store.insertMovement(trx, {
      organisationId,
      kind: 'rebalance',
      amountCents: 0,
      reference: 'test shape',
      idempotencyKey: null,
      staffId: null,
    });
    if (movementId === undefined) throw new Error('no movement');
    const moves = slots.map((s) => ({
      movementId,
      organisationId,
      slot: s.slot,
      amountCents: (target.get(s.slot) ?? 0) - s.balance_cents,
    }));
    for (const move of moves) {
      await store.addToSlot(trx, organisationId, move.slot, move.amountCents);
    }
    await store.insertSlotEntries(trx, moves);
  });
}

function charge(trx: Db, organisationId: number, amountCents: number, reference: string) {
  return chargeStateFee(trx, {
    organisationId,
    amountCents,
    reference,
    idempotencyKey: null,
    today: '2026-12-03',
  });
}

describe.skipIf(url === undefined)('concurrent debits near an empty balance', () => {
  it('never wait for each other in a circle', async () => {
    const org = await makeOrganisation(db);
    await db.transaction().execute((trx) =>
      recordDeposit(trx, {
        organisationId: org.id,
        amountCents: 400,
        bankReference: 'RF-D',
        staffId: null,
      }),
    );
    // Slot 5 alone can pay 200; slots 2 and 9 hold 100 each; the rest are empty.
    await shapeSlots(
      org.id,
      new Map([
        [5, 200],
        [2, 100],
        [9, 100],
      ]),
    );
    expect(BALANCE_SLOTS).toBeGreaterThan(9);

    // B holds slot 0, so whoever evens out the slots queues there.
    const blocker = heldTransaction((trx) =>
      trx
        .selectFrom('balance_slots')
        .select('slot')
        .where('organisation_id', '=', org.id)
        .where('slot', '=', 0)
        .forUpdate()
        .execute(),
    );
    // A pays 200 from slot 5 and holds it until released.
    const first = heldTransaction((trx) => charge(trx, org.id, 200, 'A'));
    await Promise.all([blocker.done, first.done]);
    const [blockerPid, firstPid] = await Promise.all([blocker.pid, first.pid]);
    // R asks for 300, which no slot holds: it evens out, locking slots in order, and waits at 0
    // (or first for A's debit to end, in a version that made sure of the slots before locking).
    const refill = heldTransaction((trx) => charge(trx, org.id, 300, 'R'));
    const refillPid = await refill.pid;
    await blockedBy(refillPid, [blockerPid, firstPid]);
    // C asks for 200: slot 5 is busy, so it waits for A there.
    const waiting = heldTransaction((trx) => charge(trx, org.id, 200, 'C'));
    const waitingPid = await waiting.pid;
    await blockedBy(waitingPid, [firstPid]);

    // A commits: slot 5 is empty now, and C must even out too; it queues behind R.
    first.release();
    await first.outcome;
    await blockedBy(refillPid, [blockerPid]);
    await blockedBy(waitingPid, [blockerPid, refillPid]);
    // B lets go: R locks slots 0, 1, … in order. Had C kept slot 5 locked, R would wait for C
    // there while C waits for R at slot 0.
    blocker.release();
    await blocker.outcome;
    refill.release();
    waiting.release();
    const [r, c] = await Promise.allSettled([refill.outcome, waiting.outcome]);

    expect(r.status).toBe('rejected');
    const refused = r.status === 'rejected' ? (r.reason as unknown) : null;
    expect(refused instanceof AppError ? refused.code : String(refused)).toBe(
      'insufficient_balance',
    );
    expect(c.status === 'fulfilled' ? 'paid' : String(c.reason)).toBe('paid');
    expect(await store.balanceOf(db, org.id)).toBe(0);
    expect(await ledgerMismatches(db)).toEqual([]);
  });
});
