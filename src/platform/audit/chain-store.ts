import { sql, type Kysely, type Selectable } from 'kysely';
import type { PlatformTables } from '../db/tables.ts';
import type { ChainedRow, SealFields, SealRecord } from './chain.ts';

/** Queries on the audit chain's tables, nothing else; the rules are in sealer.ts and verify.ts. */

type Db = Kysely<PlatformTables>;

/** Every column of audit rows, the time as UTC text with its microseconds. */
function auditRowColumns(db: Db) {
  return db
    .selectFrom('audit_events as e')
    .select([
      'e.id',
      sql<string>`to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        'occurred_at',
      ),
      'e.actor_type',
      'e.actor_id',
      'e.organisation_id',
      'e.subject_person_id',
      'e.action',
      'e.scopes',
      'e.purpose',
      'e.legal_basis',
      'e.channel',
      'e.environment',
      'e.fee_cents',
      'e.fee_exempt',
      'e.reason',
      'e.request_id',
    ]);
}

/**
 * The sealer's state row, locked: one sealer at a time, however many workers run. Null when
 * another sealer holds it (that one is doing the work now).
 */
export async function lockSealState(trx: Db): Promise<{
  sealedBelow: number;
  pendingBelow: number | null;
  pendingXmax: string | null;
} | null> {
  const row = await sql<{
    sealed_below: number;
    pending_below: number | null;
    pending_xmax: string | null;
  }>`select sealed_below, pending_below, pending_xmax::text as pending_xmax
     from audit_seal_state for update skip locked`.execute(trx);
  const state = row.rows[0];
  if (state === undefined) return null;
  return {
    sealedBelow: state.sealed_below,
    pendingBelow: state.pending_below,
    pendingXmax: state.pending_xmax,
  };
}

/** True when every transaction running when `xmax` was read has ended since. */
export async function transactionsEndedSince(trx: Db, xmax: string): Promise<boolean> {
  const result = await sql<{ ended: boolean }>`
    select pg_snapshot_xmin(pg_current_snapshot()) >= ${xmax}::xid8 as ended`.execute(trx);
  return result.rows[0]?.ended === true;
}

/** The next id to be given and the current snapshot's xmax, for the next watermark. */
export async function nextWatermark(trx: Db): Promise<{ below: number; xmax: string }> {
  const result = await sql<{ below: number; xmax: string }>`
    select coalesce((select max(id) from audit_events), 0) + 1 as below,
           pg_snapshot_xmax(pg_current_snapshot())::text as xmax`.execute(trx);
  const row = result.rows[0];
  if (row === undefined) throw new Error('no watermark');
  return { below: row.below, xmax: row.xmax };
}

export async function saveSealState(
  trx: Db,
  state: { sealedBelow: number; pendingBelow: number; pendingXmax: string },
): Promise<void> {
  await sql`update audit_seal_state
    set sealed_below = ${state.sealedBelow},
        pending_below = ${state.pendingBelow},
        pending_xmax = ${state.pendingXmax}::xid8`.execute(trx);
}

export async function chainHead(trx: Db): Promise<{ position: number; hash: Buffer } | undefined> {
  const head = await trx
    .selectFrom('audit_chain')
    .select(['position', 'hash'])
    .orderBy('position', 'desc')
    .limit(1)
    .executeTakeFirst();
  // PGlite answers bytea as a plain Uint8Array, pg as a Buffer.
  return head === undefined ? undefined : { position: head.position, hash: Buffer.from(head.hash) };
}

/** Audit rows from `fromId` up that are not in the chain yet, in id order. */
export async function unsealedRows(trx: Db, fromId: number, limit: number): Promise<ChainedRow[]> {
  return auditRowColumns(trx)
    .where('e.id', '>=', fromId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('audit_chain as c')
            .select('c.position')
            .whereRef('c.event_id', '=', 'e.id'),
        ),
      ),
    )
    .orderBy('e.id')
    .limit(limit)
    .execute();
}

export async function insertSeal(trx: Db, seal: SealRecord): Promise<number> {
  const row = await trx
    .insertInto('audit_seals')
    .values({
      first_position: seal.firstPosition,
      last_position: seal.lastPosition,
      head_hash: seal.headHash,
      sealed_at: seal.sealedAt,
      signature: seal.signature,
      batch_root: seal.batchRoot,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Chain links per INSERT statement. */
const LINKS_PER_INSERT = 500;

export async function insertChainLinks(
  trx: Db,
  links: readonly { position: number; eventId: number; hash: Buffer; sealId: number }[],
): Promise<void> {
  // In parts: building one statement for a whole batch would hold up the process's other work.
  for (let start = 0; start < links.length; start += LINKS_PER_INSERT) {
    await trx
      .insertInto('audit_chain')
      .values(
        links.slice(start, start + LINKS_PER_INSERT).map((l) => ({
          position: l.position,
          event_id: l.eventId,
          hash: l.hash,
          seal_id: l.sealId,
        })),
      )
      .execute();
  }
}

/** A page of the chain in order, each link with the audit row it covers (null if missing). */
export async function chainPage(
  db: Db,
  afterPosition: number,
  limit: number,
): Promise<
  { position: number; eventId: number; hash: Buffer; sealId: number; row: ChainedRow | null }[]
> {
  const links = await db
    .selectFrom('audit_chain')
    .select(['position', 'event_id', 'hash', 'seal_id'])
    .where('position', '>', afterPosition)
    .orderBy('position')
    .limit(limit)
    .execute();
  if (links.length === 0) return [];
  const rows = await auditRowColumns(db)
    .where(
      'e.id',
      'in',
      links.map((l) => l.event_id),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return links.map((l) => ({
    position: l.position,
    eventId: l.event_id,
    hash: Buffer.from(l.hash),
    sealId: l.seal_id,
    row: byId.get(l.event_id) ?? null,
  }));
}

export interface StoredSeal extends SealFields {
  id: number;
  signature: Buffer;
}

function storedSeal(s: Selectable<PlatformTables['audit_seals']>): StoredSeal {
  // PGlite answers bytea as a plain Uint8Array, pg as a Buffer.
  return {
    id: s.id,
    firstPosition: s.first_position,
    lastPosition: s.last_position,
    headHash: Buffer.from(s.head_hash),
    sealedAt: s.sealed_at,
    signature: Buffer.from(s.signature),
    batchRoot: s.batch_root === null ? null : Buffer.from(s.batch_root),
  };
}

export async function sealsInOrder(db: Db): Promise<StoredSeal[]> {
  const rows = await db.selectFrom('audit_seals').selectAll().orderBy('last_position').execute();
  return rows.map(storedSeal);
}

/** The chain link of one audit row and the seal over it; undefined while it is not sealed. */
export async function sealedLinkOf(
  db: Db,
  eventId: number,
): Promise<{ position: number; seal: StoredSeal } | undefined> {
  const row = await db
    .selectFrom('audit_chain as c')
    .innerJoin('audit_seals as s', 's.id', 'c.seal_id')
    .select([
      'c.position',
      's.id',
      's.first_position',
      's.last_position',
      's.head_hash',
      's.sealed_at',
      's.signature',
      's.batch_root',
    ])
    .where('c.event_id', '=', eventId)
    .executeTakeFirst();
  return row === undefined ? undefined : { position: row.position, seal: storedSeal(row) };
}

/** Audit rows below the watermark that are missing from the chain: there must be none. */
export async function unchainedBelow(db: Db): Promise<number[]> {
  const rows = await sql<{ id: number }>`
    select e.id from audit_events e, audit_seal_state s
    where e.id < s.sealed_below
      and not exists (select 1 from audit_chain c where c.event_id = e.id)
    order by e.id limit 10`.execute(db);
  return rows.rows.map((r) => r.id);
}
