import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { executePrepared } from '../platform/db/prepared.ts';
import type { MovementKind } from './tables.ts';

/** Queries on the ledger's tables, nothing else; the rules are in ledger.ts. */

export async function ensureSlots(trx: Db, organisationId: number, count: number): Promise<void> {
  await trx
    .insertInto('balance_slots')
    .values(
      Array.from({ length: count }, (_, slot) => ({
        organisation_id: organisationId,
        slot,
        balance_cents: 0,
      })),
    )
    .onConflict((oc) => oc.columns(['organisation_id', 'slot']).doNothing())
    .execute();
}

/** Inserts a movement; undefined when its idempotency key was used before (nothing written). */
export async function insertMovement(
  trx: Db,
  row: {
    organisationId: number;
    kind: MovementKind;
    amountCents: number;
    reference: string;
    idempotencyKey: string | null;
    staffId: number | null;
  },
): Promise<number | undefined> {
  const query = trx
    .insertInto('ledger_movements')
    .values({
      organisation_id: row.organisationId,
      kind: row.kind,
      amount_cents: row.amountCents,
      reference: row.reference,
      idempotency_key: row.idempotencyKey,
      staff_id: row.staffId,
    })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'idempotency_key'])
        .where('idempotency_key', 'is not', null)
        .doNothing(),
    )
    .returning('id');
  return (await executePrepared(trx, query.compile())).rows[0]?.id;
}

export async function findMovementByKey(
  db: Db,
  organisationId: number,
  idempotencyKey: string,
): Promise<{ id: number; kind: MovementKind; amount_cents: number } | undefined> {
  return db
    .selectFrom('ledger_movements')
    .select(['id', 'kind', 'amount_cents'])
    .where('organisation_id', '=', organisationId)
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();
}

export async function insertSlotEntries(
  trx: Db,
  entries: readonly {
    movementId: number;
    organisationId: number;
    slot: number;
    amountCents: number;
  }[],
): Promise<void> {
  const rows = entries.filter((e) => e.amountCents !== 0);
  if (rows.length === 0) return;
  await trx
    .insertInto('slot_entries')
    .values(
      rows.map((e) => ({
        movement_id: e.movementId,
        organisation_id: e.organisationId,
        slot: e.slot,
        amount_cents: e.amountCents,
      })),
    )
    .execute();
}

/** What the low-balance notice needs to know after a debit. */
export interface BalanceAfterDebit {
  balanceAfterCents: number;
  thresholdCents: number | null;
}

/**
 * Which slot a debit may take from. `free`: any slot that holds enough and that no other
 * transaction holds now (never waits). `held`: one slot, chosen at random among those that held
 * enough when the statement began, waiting for it if a concurrent debit holds it.
 */
export type SlotChoice = 'free' | 'held';

/**
 * Takes a fee from one slot that holds enough and writes the slot's entry, in one statement, and
 * answers the balance after it with the organisation's low-balance threshold; undefined when no
 * slot was debited. The balance is summed in the statement's snapshot, so before this debit.
 *
 * Undefined can leave a slot locked by this transaction without its debit: a row another debit
 * changed after this statement's snapshot is locked first and checked again after, and stays
 * locked when it no longer holds enough. The caller rolls back to a savepoint before it waits for
 * any other slot (ledger.ts), so such a lock is never held while waiting.
 */
export async function debitSlot(
  trx: Db,
  debit: { organisationId: number; amountCents: number; movementId: number },
  choice: SlotChoice,
): Promise<BalanceAfterDebit | undefined> {
  const { organisationId, amountCents, movementId } = debit;
  // `held` picks its one slot before locking (an initial plan, evaluated once): locking in a
  // random scan that moves on past a slot found short would hold every slot it passed.
  const pick =
    choice === 'free'
      ? sql`select organisation_id, slot from balance_slots
            where organisation_id = ${organisationId} and balance_cents >= ${amountCents}
            order by random() limit 1
            for update skip locked`
      : sql`select organisation_id, slot from balance_slots
            where organisation_id = ${organisationId} and balance_cents >= ${amountCents}
              and slot = (select c.slot from balance_slots c
                          where c.organisation_id = ${organisationId}
                            and c.balance_cents >= ${amountCents}
                          order by random() limit 1)
            for update`;
  const statement = sql<{ balance_before_cents: number; threshold_cents: number | null }>`
    with pick as (${pick}), debit as (
      update balance_slots s set balance_cents = s.balance_cents - ${amountCents}
      from pick
      where s.organisation_id = pick.organisation_id and s.slot = pick.slot
      returning s.slot
    )
    insert into slot_entries (movement_id, organisation_id, slot, amount_cents)
    select ${movementId}, ${organisationId}, debit.slot, ${-amountCents} from debit
    returning
      (select coalesce(sum(b.balance_cents), 0)::bigint from balance_slots b
       where b.organisation_id = ${organisationId}) as balance_before_cents,
      (select o.low_balance_threshold_cents from organisations o
       where o.id = ${organisationId}) as threshold_cents`;
  const row = (await executePrepared(trx, statement.compile(trx))).rows[0];
  if (row === undefined) return undefined;
  return {
    balanceAfterCents: row.balance_before_cents - amountCents,
    thresholdCents: row.threshold_cents,
  };
}

/**
 * A savepoint before the debit's slot locks, and the way back to it: rolling back releases every
 * row lock taken since (PostgreSQL releases row locks on a savepoint's rollback), so a debit that
 * found no slot waits for the next one holding none.
 */
export async function markBeforeSlotLocks(trx: Db): Promise<void> {
  await executePrepared(trx, sql`savepoint before_slot_locks`.compile(trx));
}

export async function releaseSlotLocks(trx: Db): Promise<void> {
  await sql`rollback to savepoint before_slot_locks`.execute(trx);
}

export async function slotCount(db: Db, organisationId: number): Promise<number> {
  const row = await db
    .selectFrom('balance_slots')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.n ?? 0;
}

/** Every slot of the organisation, locked in slot order (the same order everywhere: no deadlock). */
export async function lockAllSlots(
  trx: Db,
  organisationId: number,
): Promise<{ slot: number; balance_cents: number }[]> {
  return trx
    .selectFrom('balance_slots')
    .select(['slot', 'balance_cents'])
    .where('organisation_id', '=', organisationId)
    .orderBy('slot')
    .forUpdate()
    .execute();
}

export async function addToSlot(
  trx: Db,
  organisationId: number,
  slot: number,
  amountCents: number,
): Promise<void> {
  await trx
    .updateTable('balance_slots')
    .set({ balance_cents: sql<number>`balance_cents + ${amountCents}` })
    .where('organisation_id', '=', organisationId)
    .where('slot', '=', slot)
    .execute();
}

export async function balanceOf(db: Db, organisationId: number): Promise<number> {
  const row = await db
    .selectFrom('balance_slots')
    .select(sql<number>`coalesce(sum(balance_cents), 0)::bigint`.as('total'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.total ?? 0;
}

/** Deposits and fees, newest first, each with the balance after it; `offset` pages further back. */
export async function statement(db: Db, organisationId: number, limit: number, offset = 0) {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('ledger_movements')
        .select([
          'id',
          'kind',
          'amount_cents',
          'reference',
          'created_at',
          sql<number>`sum(amount_cents) over (order by id)::bigint`.as('balance_after_cents'),
        ])
        .where('organisation_id', '=', organisationId)
        .as('m'),
    )
    .selectAll()
    .where('kind', '<>', 'rebalance')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

/**
 * Where the stored balances disagree with the entries: per organisation the movements against the
 * slots, and per slot its balance against its entries. Empty when the ledger is sound.
 */
export async function ledgerMismatches(db: Db) {
  const result = await sql<{
    organisation_id: number;
    slot: number | null;
    stored_cents: number;
    entries_cents: number;
  }>`
    select o.organisation_id, null::smallint as slot, o.stored_cents, o.entries_cents from (
      select s.organisation_id,
             sum(s.balance_cents)::bigint as stored_cents,
             coalesce((select sum(m.amount_cents) from ledger_movements m
                       where m.organisation_id = s.organisation_id), 0)::bigint as entries_cents
      from balance_slots s group by s.organisation_id
    ) o where o.stored_cents <> o.entries_cents
    union all
    select s.organisation_id, s.slot, s.balance_cents as stored_cents,
           coalesce((select sum(e.amount_cents) from slot_entries e
                     where e.organisation_id = s.organisation_id and e.slot = s.slot), 0)::bigint
    from balance_slots s
    where s.balance_cents <> coalesce((select sum(e.amount_cents) from slot_entries e
                     where e.organisation_id = s.organisation_id and e.slot = s.slot), 0)
    order by 1, 2`.execute(db);
  return result.rows;
}

/** The organisation's notice address, its low-balance threshold and its balance now. */
export async function lowBalanceState(trx: Db, organisationId: number) {
  return trx
    .selectFrom('organisations as o')
    .select([
      'o.low_balance_threshold_cents',
      sql<number>`(select coalesce(sum(s.balance_cents), 0)::bigint from balance_slots s
                   where s.organisation_id = o.id)`.as('balance_cents'),
    ])
    .where('o.id', '=', organisationId)
    .executeTakeFirst();
}

/** The latest deposits of all organisations, for the staff page. */
export async function latestDeposits(db: Db, limit: number) {
  return db
    .selectFrom('ledger_movements as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select([
      'm.id',
      'm.amount_cents',
      'm.reference',
      'm.created_at',
      'o.name',
      'o.registration_number',
    ])
    .where('m.kind', '=', 'deposit')
    .orderBy('m.id', 'desc')
    .limit(limit)
    .execute();
}

/** Whether this organisation already has a deposit with this bank reference. */
export async function depositReferenceUsed(
  db: Db,
  organisationId: number,
  bankReference: string,
): Promise<boolean> {
  const row = await findMovementByKey(db, organisationId, `deposit:${bankReference.trim()}`);
  return row !== undefined;
}

/** One deposit with its organisation, for the staff's confirmation page. */
export async function depositById(db: Db, movementId: number) {
  return db
    .selectFrom('ledger_movements as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select([
      'm.id',
      'm.organisation_id',
      'm.amount_cents',
      'm.reference',
      'm.created_at',
      'o.name',
      'o.registration_number',
    ])
    .where('m.id', '=', movementId)
    .where('m.kind', '=', 'deposit')
    .executeTakeFirst();
}
