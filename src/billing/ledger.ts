import { formatEuro, organisationNotice } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import { enqueueMail } from '../platform/mail/outbox-mail.ts';
import { ledgerErrors } from './ledger-errors.ts';
import { billingMailTexts } from './texts/mails.ts';
import * as store from './ledger-store.ts';

/**
 * Slots per organisation. Debits skip slots other transactions hold, so up to this many debits of
 * one organisation commit side by side instead of queuing on one row: more than one process's
 * database connections (10), so one busy process never finds them all taken.
 */
export const BALANCE_SLOTS = 16;

/**
 * Records a bank transfer to the organisation's prepaid balance, spread over its slots. One
 * transfer is recorded once: its reference is the idempotency key.
 */
export async function recordDeposit(
  trx: Db,
  input: {
    organisationId: number;
    amountCents: number;
    bankReference: string;
    staffId: number | null;
  },
): Promise<{ movementId: number; balanceCents: number }> {
  const reference = input.bankReference.trim();
  if (reference === '' || reference.length > 140) {
    throw new AppError(ledgerErrors.deposit_reference_missing);
  }
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) {
    throw new AppError(ledgerErrors.deposit_amount_invalid);
  }
  await store.ensureSlots(trx, input.organisationId, BALANCE_SLOTS);
  const movementId = await store.insertMovement(trx, {
    organisationId: input.organisationId,
    kind: 'deposit',
    amountCents: input.amountCents,
    reference,
    idempotencyKey: `deposit:${reference}`,
    staffId: input.staffId,
  });
  if (movementId === undefined) throw new AppError(ledgerErrors.deposit_reference_exists);
  const share = Math.floor(input.amountCents / BALANCE_SLOTS);
  const entries = Array.from({ length: BALANCE_SLOTS }, (_, slot) => ({
    movementId,
    organisationId: input.organisationId,
    slot,
    // The cents that do not divide evenly go to the first slot.
    amountCents: share + (slot === 0 ? input.amountCents - share * BALANCE_SLOTS : 0),
  }));
  for (const entry of entries) {
    if (entry.amountCents > 0) {
      await store.addToSlot(trx, input.organisationId, entry.slot, entry.amountCents);
    }
  }
  await store.insertSlotEntries(trx, entries);
  return { movementId, balanceCents: await store.balanceOf(trx, input.organisationId) };
}

export type ChargeResult =
  | { replayed: false; movementId: number }
  /** The same idempotency key was charged before: nothing was charged now. */
  | { replayed: true; movementId: number };

/**
 * Debits a state fee in the caller's transaction, which also writes the audit record and only
 * then returns the data. Never lets a slot (and so the balance) go below zero: the database's
 * check refuses it whatever happens here. Throws `insufficient_balance` with the amount needed,
 * and then nothing is written.
 */
export async function chargeStateFee(
  trx: Db,
  input: {
    organisationId: number;
    amountCents: number;
    reference: string;
    idempotencyKey: string | null;
    /** The Riga date, for the low-balance notice's once-a-day key. */
    today: string;
  },
): Promise<ChargeResult> {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) {
    throw new Error('A fee is a positive number of cents');
  }
  // The movement first: a concurrent retry with the same key waits here for this one to end,
  // then finds it, so one key never pays twice.
  const movementId = await store.insertMovement(trx, {
    organisationId: input.organisationId,
    kind: 'state_fee',
    amountCents: -input.amountCents,
    reference: input.reference,
    idempotencyKey: input.idempotencyKey,
    staffId: null,
  });
  if (movementId === undefined) {
    const earlier = await store.findMovementByKey(
      trx,
      input.organisationId,
      input.idempotencyKey ?? '',
    );
    if (earlier === undefined) throw new Error('An idempotency key conflicted but is not found');
    return { replayed: true, movementId: earlier.id };
  }
  const debit = {
    organisationId: input.organisationId,
    amountCents: input.amountCents,
    movementId,
  };
  const after = await debitOneSlot(trx, debit);
  await noticeLowBalance(trx, debit, after, input.today);
  return { replayed: false, movementId };
}

/**
 * A free slot at once; else wait for one busy slot that holds enough (its debit ends with its
 * transaction), which costs less than evening out; only when no slot holds enough, even out.
 *
 * No two debits deadlock: the first step never waits; before the second and the third this
 * transaction returns to the savepoint, which releases any slot an earlier step locked but could
 * not debit, so the second waits for one slot holding none, and the third locks all of them in
 * slot order holding none (docs/decisions/0008).
 */
async function debitOneSlot(
  trx: Db,
  debit: { organisationId: number; amountCents: number; movementId: number },
): Promise<store.BalanceAfterDebit> {
  await store.markBeforeSlotLocks(trx);
  const free = await store.debitSlot(trx, debit, 'free');
  if (free !== undefined) return free;
  await store.releaseSlotLocks(trx);
  const held = await store.debitSlot(trx, debit, 'held');
  if (held !== undefined) return held;
  await store.releaseSlotLocks(trx);
  return debitAfterRefill(trx, debit);
}

/**
 * Tells the organisation when this charge took its balance under the threshold it set; at most
 * once a day, so a busy day of queries sends one mail, not thousands.
 */
async function noticeLowBalance(
  trx: Db,
  debit: { organisationId: number; amountCents: number },
  after: store.BalanceAfterDebit,
  today: string,
): Promise<void> {
  const { balanceAfterCents: balance, thresholdCents: threshold } = after;
  if (threshold === null) return;
  if (!(balance < threshold && balance + debit.amountCents >= threshold)) return;
  const contact = await organisationNotice(trx, debit.organisationId);
  const mail = billingMailTexts.lowBalance;
  const facts = [contact.name, balance, threshold] as const;
  for (const to of contact.recipients) {
    await enqueueMail(
      trx,
      {
        to,
        subject: `${mail.subject.lv} / ${mail.subject.en}`,
        text: [mail.body.lv(...facts), '', mail.body.en(...facts)].join('\n'),
      },
      { dedupeKey: `low-balance:${debit.organisationId}:${today}:${to}` },
    );
  }
}

/**
 * Locks every slot (in slot order, so two refills cannot deadlock), refuses when their sum is
 * short, else spreads what remains after this fee evenly over the slots, this fee's slot holding
 * the fee too, and debits it. Evening out, rather than topping up one slot, keeps later debits on
 * the fast path, and fills slots added since the last deposit.
 */
async function debitAfterRefill(
  trx: Db,
  debit: { organisationId: number; amountCents: number; movementId: number },
): Promise<store.BalanceAfterDebit> {
  const { organisationId, amountCents } = debit;
  // Deposits make the slots; one missing here (none paid in yet, or more slots since) is made
  // before any slot is locked, because making it waits for the debits in flight on the others.
  if ((await store.slotCount(trx, organisationId)) < BALANCE_SLOTS) {
    await store.ensureSlots(trx, organisationId, BALANCE_SLOTS);
  }
  const slots = await store.lockAllSlots(trx, organisationId);
  const total = slots.reduce((sum, s) => sum + s.balance_cents, 0);
  if (total < amountCents) {
    throw new AppError(ledgerErrors.insufficient_balance, {
      neededCents: amountCents,
      balanceCents: total,
      neededLv: formatEuro(amountCents, 'lv'),
      neededEn: formatEuro(amountCents, 'en'),
      balanceLv: formatEuro(total, 'lv'),
      balanceEn: formatEuro(total, 'en'),
    });
  }
  const target = slots[0];
  if (target === undefined) throw new Error('An organisation with a balance has no slots');
  const share = Math.floor((total - amountCents) / slots.length);
  const left = total - amountCents - share * slots.length;
  const moves = slots
    .map((s) => ({
      slot: s.slot,
      delta: (s.slot === target.slot ? amountCents + share + left : share) - s.balance_cents,
    }))
    .filter((m) => m.delta !== 0);
  if (moves.length > 0) {
    const movementId = await store.insertMovement(trx, {
      organisationId,
      kind: 'rebalance',
      amountCents: 0,
      reference: 'refill',
      idempotencyKey: null,
      staffId: null,
    });
    if (movementId === undefined) throw new Error('A rebalance movement was not written');
    for (const move of moves) await store.addToSlot(trx, organisationId, move.slot, move.delta);
    await store.insertSlotEntries(
      trx,
      moves.map((m) => ({ movementId, organisationId, slot: m.slot, amountCents: m.delta })),
    );
  }
  await store.addToSlot(trx, organisationId, target.slot, -amountCents);
  await store.insertSlotEntries(trx, [
    { movementId: debit.movementId, organisationId, slot: target.slot, amountCents: -amountCents },
  ]);
  const state = await store.lowBalanceState(trx, organisationId);
  return {
    balanceAfterCents: state?.balance_cents ?? 0,
    thresholdCents: state?.low_balance_threshold_cents ?? null,
  };
}

export const balanceOf = store.balanceOf;
export const statement = store.statement;
export const ledgerMismatches = store.ledgerMismatches;
