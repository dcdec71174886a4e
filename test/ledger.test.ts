import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BALANCE_SLOTS,
  balanceOf,
  chargeStateFee,
  ledgerMismatches,
  recordDeposit,
  statement,
} from '../src/billing/ledger.ts';
import type { Db } from '../src/database.ts';
import { AppError } from '../src/platform/errors.ts';
import { createTestDatabase } from './support/database.ts';
import { makeOrganisation } from './support/organisations.ts';

let db: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  // As many connections as a server process keeps and more, so charges really meet in the slots.
  const database = await createTestDatabase({ poolSize: 24 });
  db = database.db;
  close = () => database.close();
});
afterAll(async () => {
  await close();
});

function deposit(organisationId: number, amountCents: number, bankReference: string) {
  return db
    .transaction()
    .execute((trx) =>
      recordDeposit(trx, { organisationId, amountCents, bankReference, staffId: null }),
    );
}

function charge(organisationId: number, amountCents: number, key: string | null = null) {
  return db.transaction().execute((trx) =>
    chargeStateFee(trx, {
      organisationId,
      amountCents,
      reference: `req-${key ?? 'x'}`,
      idempotencyKey: key,
      today: '2026-11-24',
    }),
  );
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('the prepaid ledger', () => {
  it('spreads a deposit over the slots and refuses the same transfer twice', async () => {
    const org = await makeOrganisation(db);
    const first = await deposit(org.id, 1003, 'RF-1');
    expect(first.balanceCents).toBe(1003);
    const slots = await db
      .selectFrom('balance_slots')
      .select(['slot', 'balance_cents'])
      .where('organisation_id', '=', org.id)
      .orderBy('slot')
      .execute();
    expect(slots).toHaveLength(BALANCE_SLOTS);
    expect(slots.reduce((s, r) => s + r.balance_cents, 0)).toBe(1003);
    const again = await refusal(deposit(org.id, 1003, 'RF-1'));
    expect(again.code).toBe('deposit_reference_exists');
    expect((await refusal(deposit(org.id, 0, 'RF-2'))).code).toBe('deposit_amount_invalid');
    expect((await refusal(deposit(org.id, 100, '  '))).code).toBe('deposit_reference_missing');
    expect(await balanceOf(db, org.id)).toBe(1003);
  });

  it('charges, replays a key without charging again, and refuses what the balance cannot cover', async () => {
    const org = await makeOrganisation(db);
    await deposit(org.id, 1000, 'RF-A');
    const paid = await charge(org.id, 200, 'key-1');
    expect(paid.replayed).toBe(false);
    const retried = await charge(org.id, 200, 'key-1');
    expect(retried).toEqual({ replayed: true, movementId: paid.movementId });
    expect(await balanceOf(db, org.id)).toBe(800);
    // No single slot holds 600 of the 800 left: the money is evened out over the slots first.
    await charge(org.id, 600, 'key-2');
    expect(await balanceOf(db, org.id)).toBe(200);
    const short = await refusal(charge(org.id, 400, 'key-3'));
    expect(short.code).toBe('insufficient_balance');
    expect(short.details).toMatchObject({ neededCents: 400, balanceCents: 200 });
    expect(await balanceOf(db, org.id)).toBe(200);
    // The refused key left nothing behind, so it can be used once the money is there.
    await deposit(org.id, 1000, 'RF-B');
    expect((await charge(org.id, 400, 'key-3')).replayed).toBe(false);
    const lines = await statement(db, org.id, 10);
    expect(lines.map((l) => [l.kind, l.amount_cents, l.balance_after_cents])).toEqual([
      ['state_fee', -400, 800],
      ['deposit', 1000, 1200],
      ['state_fee', -600, 200],
      ['state_fee', -200, 800],
      ['deposit', 1000, 1000],
    ]);
    expect(await ledgerMismatches(db)).toEqual([]);
  });

  it('mails once when a charge takes the balance under the threshold the organisation set', async () => {
    const org = await makeOrganisation(db);
    await deposit(org.id, 1000, 'RF-L');
    await db
      .updateTable('organisations')
      .set({ low_balance_threshold_cents: 500 })
      .where('id', '=', org.id)
      .execute();
    const mails = () =>
      db
        .selectFrom('jobs')
        .select('payload')
        .where('dedupe_key', 'like', `low-balance:${org.id}:2026-11-24:%`)
        .execute();
    await charge(org.id, 400, 'low-1');
    expect(await mails()).toHaveLength(0);
    await charge(org.id, 200, 'low-2');
    await charge(org.id, 200, 'low-3');
    const sent = await mails();
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]?.payload)).toContain('4,00');
  });

  it('keeps every movement: the database refuses changing or removing one', async () => {
    await expect(sql`update ledger_movements set amount_cents = 1`.execute(db)).rejects.toThrow(
      /append_only/,
    );
    await expect(sql`delete from slot_entries`.execute(db)).rejects.toThrow(/append_only/);
  });

  // Rounds of concurrent charges against balances that run out mid-round: every charge is paid or
  // refused with insufficient_balance (a deadlock or any other error fails the test, since these
  // transactions run without retries), and what is paid is exactly what was paid in.
  const ROUNDS = [
    { charges: 60, feeCents: 200, affordable: 25 },
    { charges: 120, feeCents: 200, affordable: 70 },
    { charges: 200, feeCents: 600, affordable: 133 },
    { charges: 90, feeCents: 400, affordable: 89 },
  ];
  it('never goes below zero, nor deadlocks, under rounds of concurrent charges', async () => {
    const org = await makeOrganisation(db);
    let paidTotal = 0;
    for (const [round, { charges, feeCents, affordable }] of ROUNDS.entries()) {
      await deposit(org.id, affordable * feeCents, `RF-ROUND-${round}`);
      const results = await Promise.allSettled(
        Array.from({ length: charges }, (_, i) =>
          charge(org.id, feeCents, i % 2 === 0 ? `round-${round}-${i}` : null),
        ),
      );
      const paid = results.filter((r) => r.status === 'fulfilled').length;
      const refused = results.filter(
        (r) =>
          r.status === 'rejected' &&
          r.reason instanceof AppError &&
          r.reason.code === 'insufficient_balance',
      ).length;
      const other = results.flatMap((r) =>
        r.status === 'rejected' && !(r.reason instanceof AppError) ? [String(r.reason)] : [],
      );
      expect(other).toEqual([]);
      expect(paid + refused).toBe(charges);
      expect(paid).toBe(affordable);
      expect(await balanceOf(db, org.id)).toBe(0);
      paidTotal += paid;
    }
    const fees = await db
      .selectFrom('ledger_movements')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('organisation_id', '=', org.id)
      .where('kind', '=', 'state_fee')
      .executeTakeFirstOrThrow();
    expect(fees.n).toBe(paidTotal);
    expect(await ledgerMismatches(db)).toEqual([]);
  });
});
