import { sign } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../src/database.ts';
import { appendAudit } from '../src/platform/audit/audit-log.ts';
import { canonicalRow, sealMessage } from '../src/platform/audit/chain.ts';
import { chainPage } from '../src/platform/audit/chain-store.ts';
import { leafHash, merkleRoot } from '../src/platform/audit/merkle.ts';
import { sealKeysFrom } from '../src/platform/audit/seal-key.ts';
import { sealAuditBatch } from '../src/platform/audit/sealer.ts';
import { verifyAuditChain } from '../src/platform/audit/verify.ts';
import { systemClock } from '../src/platform/time/riga.ts';
import { createTestDatabase } from './support/database.ts';

const keys = sealKeysFrom(Buffer.alloc(32, 7));
let db: Db;
let close: () => Promise<void>;

beforeEach(async () => {
  const database = await createTestDatabase();
  db = database.db;
  close = () => database.close();
});
afterEach(async () => {
  await close();
});

function audit(n: number) {
  return appendAudit(db, {
    actorType: 'org_user',
    actorId: `user-${n}`,
    organisationId: 1,
    subjectPersonId: n,
    action: 'person.viewed',
    scopes: ['identity', 'addresses'],
    purpose: 'Kredītspējas izvērtēšana',
    channel: 'browser',
    environment: 'production',
    feeCents: 200,
  });
}

/** Seals until nothing is left, as the worker's loop does over a few ticks. */
async function sealAll(): Promise<number> {
  let total = 0;
  for (let i = 0; i < 10; i++) total += await sealAuditBatch(db, keys, systemClock, 3);
  return total;
}

/** Changes a row behind the triggers' back, as someone with the database's keys could. */
async function tamper(statement: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await sql.raw(statement).execute(trx);
  });
}

describe('the audit chain', () => {
  it('seals rows in batches and verifies them with the signed heads', async () => {
    for (let n = 1; n <= 7; n++) await audit(n);
    expect(await sealAll()).toBe(7);
    const verdict = await verifyAuditChain(db, keys.publicKey);
    expect(verdict).toEqual({ ok: true, links: 7, seals: 3 });
    // Rows written later join the same chain.
    await audit(8);
    expect(await sealAll()).toBe(1);
    expect(await verifyAuditChain(db, keys.publicKey)).toMatchObject({ ok: true, links: 8 });
  });

  it('names the first changed row', async () => {
    for (let n = 1; n <= 5; n++) await audit(n);
    await sealAll();
    const third = await db
      .selectFrom('audit_chain')
      .select('event_id')
      .where('position', '=', 3)
      .executeTakeFirstOrThrow();
    await tamper(`update audit_events set fee_cents = 0 where id = ${third.event_id}`);
    expect(await verifyAuditChain(db, keys.publicKey)).toMatchObject({
      ok: false,
      links: 2,
      position: 3,
      eventId: third.event_id,
      problem: 'row_changed',
    });
  });

  it('names a removed row', async () => {
    for (let n = 1; n <= 4; n++) await audit(n);
    await sealAll();
    const second = await db
      .selectFrom('audit_chain')
      .select('event_id')
      .where('position', '=', 2)
      .executeTakeFirstOrThrow();
    await tamper(`delete from audit_events where id = ${second.event_id}`);
    expect(await verifyAuditChain(db, keys.publicKey)).toMatchObject({
      ok: false,
      position: 2,
      problem: 'row_missing',
    });
  });

  it('refuses a seal signed with another key', async () => {
    await audit(1);
    await sealAll();
    const other = sealKeysFrom(Buffer.alloc(32, 8));
    expect(await verifyAuditChain(db, other.publicKey)).toMatchObject({
      ok: false,
      problem: 'seal_signature_invalid',
    });
  });

  it('refuses changes to the audit rows and to the chain', async () => {
    await audit(1);
    await sealAll();
    await expect(sql`update audit_events set fee_cents = 0`.execute(db)).rejects.toThrow(
      /append_only/,
    );
    await expect(sql`delete from audit_chain`.execute(db)).rejects.toThrow(/append_only/);
    await expect(sql`update audit_seals set signature = '\\x00'`.execute(db)).rejects.toThrow(
      /append_only/,
    );
  });

  it('finds links cut off the end of the chain', async () => {
    for (let n = 1; n <= 3; n++) await audit(n);
    await sealAll();
    await tamper(
      `delete from audit_chain where position = (select max(position) from audit_chain)`,
    );
    expect(await verifyAuditChain(db, keys.publicKey)).toMatchObject({
      ok: false,
      position: 3,
      problem: 'chain_truncated',
    });
  });

  it('signs each batch’s RFC 6962 root over its rows with the head', async () => {
    for (let n = 1; n <= 7; n++) await audit(n);
    await sealAll();
    const seals = await db.selectFrom('audit_seals').selectAll().orderBy('id').execute();
    expect(seals.map((s) => [s.first_position, s.last_position])).toEqual([
      [1, 3],
      [4, 6],
      [7, 7],
    ]);
    // The root is the tree over the batch's canonical rows, in chain order.
    const batch = await chainPage(db, 3, 3);
    expect(batch.map((l) => l.position)).toEqual([4, 5, 6]);
    const leaves = batch.map((l) => leafHash(canonicalRow(l.row ?? {})));
    expect(Buffer.from(seals[1]?.batch_root ?? []).equals(merkleRoot(leaves))).toBe(true);

    await tamper(
      `update audit_seals set batch_root = '\\x${'ab'.repeat(32)}' where id = ${seals[1]?.id}`,
    );
    expect(await verifyAuditChain(db, keys.publicKey)).toMatchObject({
      ok: false,
      links: 5,
      position: 6,
      problem: 'seal_root_mismatch',
    });
  });

  it('still verifies seals made before batch roots, and refuses one after them', async () => {
    for (let n = 1; n <= 6; n++) await audit(n);
    await sealAll();
    const seals = await db.selectFrom('audit_seals').selectAll().orderBy('id').execute();
    /** Turns a seal into one of the first version: no root, the head-only message signed. */
    const firstVersion = async (seal: (typeof seals)[number] | undefined) => {
      if (seal === undefined) throw new Error('no seal');
      const signature = sign(
        null,
        sealMessage(Buffer.from(seal.head_hash), seal.last_position, seal.sealed_at),
        keys.privateKey,
      );
      await tamper(
        `update audit_seals set batch_root = null, signature = '\\x${signature.toString('hex')}' where id = ${seal.id}`,
      );
    };
    await firstVersion(seals[0]);
    expect(await verifyAuditChain(db, keys.publicKey)).toEqual({ ok: true, links: 6, seals: 2 });
    await audit(7);
    await sealAll();
    const last = await db
      .selectFrom('audit_seals')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(await verifyAuditChain(db, keys.publicKey)).toEqual({ ok: true, links: 7, seals: 3 });
    // A seal without a root after one with a root: someone re-signed it without its root.
    await firstVersion(last);
    expect(await verifyAuditChain(db, keys.publicKey)).toMatchObject({
      ok: false,
      position: 7,
      problem: 'seal_root_missing',
    });
  });

  // PGlite runs one transaction at a time, so late commits happen on a PostgreSQL server only.
  it.skipIf(process.env.DATABASE_URL === undefined)(
    'chains a row whose transaction commits after later rows, without skipping it',
    async () => {
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      try {
        await client.query(`set search_path to ${rows[0]?.schema ?? 'public'}`);
        await client.query('begin');
        // Takes the lower id and keeps it uncommitted while others write and the sealer runs.
        const early = await client.query<{ id: string }>(
          `insert into audit_events (actor_type, actor_id, action, channel) values ('system', 'late', 'late.row', 'api') returning id`,
        );
        await audit(1);
        await audit(2);
        expect(await sealAll()).toBe(2);
        await client.query('commit');
        expect(await sealAll()).toBe(1);
        const link = await db
          .selectFrom('audit_chain')
          .select('position')
          .where('event_id', '=', Number(early.rows[0]?.id))
          .executeTakeFirstOrThrow();
        expect(link.position).toBe(3);
        expect(await verifyAuditChain(db, keys.publicKey)).toMatchObject({ ok: true, links: 3 });
      } finally {
        await client.end();
      }
    },
  );
});
