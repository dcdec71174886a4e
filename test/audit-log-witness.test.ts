import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { witnessCommand, type WitnessIo } from '../src/audit-witness-command.ts';
import type { Db } from '../src/database.ts';
import { appendAudit } from '../src/platform/audit/audit-log.ts';
import { canonicalRow } from '../src/platform/audit/chain.ts';
import { chainPage } from '../src/platform/audit/chain-store.ts';
import { auditLogOrigin, noteKeyId, openCheckpoint } from '../src/platform/audit/checkpoint.ts';
import { AuditLogCutError } from '../src/platform/audit/log-growth.ts';
import { logRoot } from '../src/platform/audit/log-proofs.ts';
import { leafHash, merkleRoot } from '../src/platform/audit/merkle.ts';
import { verifyConsistency } from '../src/platform/audit/merkle-consistency.ts';
import { sealKeysFrom } from '../src/platform/audit/seal-key.ts';
import { sealAuditBatch } from '../src/platform/audit/sealer.ts';
import { verifyAuditChain } from '../src/platform/audit/verify.ts';
import type { App } from '../src/platform/http/app-type.ts';
import { systemClock } from '../src/platform/time/riga.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { startListeningApp } from './support/listening-app.ts';

/**
 * The audit log's signed heads and its witnesses: the checkpoint and consistency routes, and the
 * cuts, rewrites and forks that `audit verify` alone cannot see but a witness must.
 */

let t: TestContext;
let keys: ReturnType<typeof sealKeysFrom>;
let dir: string;
const LOG = 'http://log.example/audit';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'audit-witness-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  t = await createTestApp();
  keys = sealKeysFrom(t.config.secrets.signingKey);
});
afterEach(async () => {
  await t.close();
});

let written = 0;
async function audit(db: Db, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    written += 1;
    await appendAudit(db, {
      actorType: 'org_user',
      actorId: `user-${written}`,
      organisationId: 1,
      subjectPersonId: written,
      action: 'person.viewed',
      channel: 'browser',
      environment: 'production',
      feeCents: 200,
    });
  }
}

/** Seals everything in batches of three, as the worker's loop does over a few ticks. */
async function sealAll(db: Db): Promise<void> {
  for (let sealed = 1; sealed > 0;) sealed = await sealAuditBatch(db, keys, systemClock, 3);
}

/** Changes rows behind the triggers' back, as someone with the database's keys could. */
async function tamper(db: Db, ...statements: string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    for (const statement of statements) await sql.raw(statement).execute(trx);
  });
}

/** Removes the newest batch from every table: its rows, chain links, seal, tree and heads. */
async function cutNewestBatch(db: Db): Promise<number> {
  const seal = await db
    .selectFrom('audit_seals')
    .select(['id', 'first_position'])
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const kept = seal.first_position - 1;
  await tamper(
    db,
    `delete from audit_events where id in (select event_id from audit_chain where seal_id = ${seal.id})`,
    `delete from audit_chain where seal_id = ${seal.id}`,
    `delete from audit_seals where id = ${seal.id}`,
    `delete from audit_checkpoints where tree_size > ${kept}`,
    `delete from audit_tree_nodes where (idx + 1) * (1::bigint << level) > ${kept}`,
  );
  return kept;
}

/** The witness's network: the log's routes of the given app, in-process. */
function ioFor(app: () => App, lines: string[]): WitnessIo {
  return {
    async fetchText(url) {
      const { pathname, search } = new URL(url);
      const res = await app().inject({ method: 'GET', url: `${pathname}${search}` });
      return { status: res.statusCode, body: res.body };
    },
    out: (line) => lines.push(line),
    now: () => new Date(),
  };
}

async function keyFile(): Promise<string> {
  const file = path.join(dir, 'log-key.pem');
  await writeFile(file, String(keys.publicKey.export({ format: 'pem', type: 'spki' })));
  return file;
}

/** Runs the witness once against `app`, keeping its head in `state`. */
async function witness(state: string, app: App = t.app, peer?: string) {
  const lines: string[] = [];
  const code = await witnessCommand(
    LOG,
    { state: path.join(dir, state), key: await keyFile(), peer: peer && path.join(dir, peer) },
    ioFor(() => app, lines),
  );
  return { code, output: lines.join('\n') };
}

describe('the signed head', () => {
  it('is served as a C2SP checkpoint over the whole log, signed with the seal key', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/audit/checkpoint' })).statusCode).toBe(404);
    await audit(t.db, 7);
    await sealAll(t.db);
    const res = await t.app.inject({ method: 'GET', url: '/audit/checkpoint' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    const leaves = (await chainPage(t.db, 0, 100)).map((l) => leafHash(canonicalRow(l.row ?? {})));
    const [origin, size, root, time, blank, signature] = res.body.split('\n');
    expect([origin, size, root, blank]).toEqual([
      'localhost/audit',
      '7',
      merkleRoot(leaves).toString('base64'),
      '',
    ]);
    expect(time).toMatch(/^time \d{4}-\d\d-\d\dT/);
    // The signature line: key name, then base64 of the 4-byte key id and the Ed25519 signature.
    const raw = Buffer.from(keys.publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
    const id = createHash('sha256')
      .update(Buffer.concat([Buffer.from('localhost/audit\n\x01'), raw]))
      .digest()
      .subarray(0, 4);
    expect(noteKeyId('localhost/audit', keys.publicKey).equals(id)).toBe(true);
    expect(signature?.startsWith('— localhost/audit ')).toBe(true);
    const sig = Buffer.from(signature?.split(' ')[2] ?? '', 'base64');
    expect(sig.subarray(0, 4).equals(id)).toBe(true);
    expect(openCheckpoint(res.body, keys.publicKey)).toMatchObject({ ok: true });
    expect(openCheckpoint(res.body.replace('\n7\n', '\n6\n'), keys.publicKey)).toMatchObject({
      ok: false,
      problem: 'checkpoint_signature_invalid',
    });
  });

  it('answers consistency proofs between any two signed sizes, and refuses others', async () => {
    await audit(t.db, 8);
    await sealAll(t.db);
    const heads = await t.db
      .selectFrom('audit_checkpoints')
      .selectAll()
      .orderBy('tree_size')
      .execute();
    expect(heads.map((h) => h.tree_size)).toEqual([3, 6, 8]);
    const res = await t.app.inject({ method: 'GET', url: '/audit/consistency?from=3&to=8' });
    expect(res.statusCode).toBe(200);
    const answer = res.json<{ from: number; to: number; proof: string[] }>();
    const proof = answer.proof.map((h) => Buffer.from(h, 'base64'));
    const root = (i: number) => Buffer.from(heads[i]?.root_hash ?? []);
    expect(verifyConsistency(3, 8, proof, root(0), root(2))).toBe(true);
    expect(verifyConsistency(3, 8, proof, root(1), root(2))).toBe(false);
    for (const query of ['from=9&to=9', 'from=5&to=4', 'from=1&to=9']) {
      const bad = await t.app.inject({ method: 'GET', url: `/audit/consistency?${query}` });
      expect(bad.statusCode, query).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'audit_tree_size_invalid' });
    }
    const zero = await t.app.inject({ method: 'GET', url: '/audit/consistency?from=0&to=3' });
    expect(zero.json()).toMatchObject({ code: 'validation_failed' });
  });
});

describe('a witness', () => {
  it('keeps the first head, then follows the log as it grows', async () => {
    await audit(t.db, 4);
    await sealAll(t.db);
    expect(await witness('grows.json')).toMatchObject({ code: 0 });
    expect(await witness('grows.json')).toMatchObject({
      code: 0,
      output: 'Audit log unchanged at 4 rows.',
    });
    await audit(t.db, 5);
    await sealAll(t.db);
    expect(await witness('grows.json')).toEqual({
      code: 0,
      output: 'Audit log consistent: grew from 4 to 9 rows.',
    });
    const state = JSON.parse(await readFile(path.join(dir, 'grows.json'), 'utf8')) as {
      checkpoint: string;
    };
    expect(state.checkpoint.split('\n')[1]).toBe('9');
  });

  it('fails when the newest batch is cut from every table, and when new rows take its places', async () => {
    await audit(t.db, 7);
    await sealAll(t.db);
    expect((await witness('cut.json')).code).toBe(0);
    const kept = await cutNewestBatch(t.db);
    expect(kept).toBe(6);
    // Nothing of the batch is left in the database for `audit verify` to see…
    expect(await verifyAuditChain(t.db, keys.publicKey)).toMatchObject({ ok: true, links: 6 });
    // …but the witness kept the head of 7.
    const truncated = await witness('cut.json');
    expect(truncated.code).toBe(1);
    expect(truncated.output).toContain('AUDIT LOG ALERT (truncated)');
    // New rows sealed into the freed places make a longer log that does not contain the old one.
    await audit(t.db, 3);
    await sealAll(t.db);
    const rewritten = await witness('cut.json');
    expect(rewritten.code).toBe(1);
    expect(rewritten.output).toContain('AUDIT LOG ALERT (inconsistent)');
    // The witness keeps the head it trusted, so it goes on failing until someone looks.
    expect((await witness('cut.json')).code).toBe(1);
  });

  it('fails when an old row is rewritten and the log signed again with the key', async () => {
    await audit(t.db, 5);
    await sealAll(t.db);
    expect((await witness('rewrite.json')).code).toBe(0);
    const second = await t.db
      .selectFrom('audit_chain')
      .select('event_id')
      .where('position', '=', 2)
      .executeTakeFirstOrThrow();
    // Without the key, the changed row breaks the chain for `audit verify`.
    await tamper(t.db, `update audit_events set fee_cents = 0 where id = ${second.event_id}`);
    expect(await verifyAuditChain(t.db, keys.publicKey)).toMatchObject({
      ok: false,
      position: 2,
      problem: 'row_changed',
    });
    // With the key, everything is sealed again from the start and `audit verify` is satisfied…
    await tamper(
      t.db,
      'delete from audit_chain',
      'delete from audit_seals',
      'delete from audit_checkpoints',
      'delete from audit_tree_nodes',
      'update audit_seal_state set sealed_below = 1, pending_below = null, pending_xmax = null',
    );
    await sealAll(t.db);
    expect(await verifyAuditChain(t.db, keys.publicKey)).toMatchObject({ ok: true, links: 5 });
    // …but not the witness: the same size with another root.
    const same = await witness('rewrite.json');
    expect(same.code).toBe(1);
    expect(same.output).toContain('AUDIT LOG ALERT (forked)');
  });

  it('fails on a head signed with another key, and leaves its state alone', async () => {
    await audit(t.db, 3);
    await sealAll(t.db);
    expect((await witness('key.json')).code).toBe(0);
    const before = await readFile(path.join(dir, 'key.json'), 'utf8');
    const stranger = sealKeysFrom(Buffer.alloc(32, 9));
    await audit(t.db, 1);
    await sealAuditBatch(t.db, stranger, systemClock, 3);
    const res = await witness('key.json');
    expect(res.code).toBe(1);
    expect(res.output).toContain('checkpoint_signature_invalid');
    expect(await readFile(path.join(dir, 'key.json'), 'utf8')).toBe(before);
  });

  it('sees a fork: two different heads served to two witnesses', async () => {
    const other = await createTestApp();
    try {
      await audit(t.db, 4);
      await sealAll(t.db);
      await audit(other.db, 4);
      await sealAll(other.db);
      // Each witness alone sees a well-signed log of 4 rows.
      expect((await witness('alice.json', t.app)).code).toBe(0);
      expect((await witness('bob.json', other.app)).code).toBe(0);
      // Compared, the two heads are not of one log.
      const compared = await witness('alice.json', t.app, 'bob.json');
      expect(compared.code).toBe(1);
      expect(compared.output).toContain('AUDIT LOG ALERT (forked)');
      // And a witness served the other history sees it too, at the same size or a larger one.
      const crossed = await witness('alice.json', other.app);
      expect(crossed.output).toContain('AUDIT LOG ALERT (forked)');
      await audit(other.db, 3);
      await sealAll(other.db);
      const grown = await witness('alice.json', other.app);
      expect(grown.code).toBe(1);
      expect(grown.output).toContain('AUDIT LOG ALERT (inconsistent)');
      // Bob's log did grow from what Bob saw.
      expect((await witness('bob.json', other.app)).code).toBe(0);
    } finally {
      await other.close();
    }
  });
});

describe('audit verify and the sealer', () => {
  it('see a newest batch cut from the rows, chain and seals while its signed head remains', async () => {
    await audit(t.db, 7);
    await sealAll(t.db);
    await tamper(
      t.db,
      'delete from audit_events where id in (select event_id from audit_chain where position = 7)',
      'delete from audit_chain where position = 7',
      'delete from audit_seals where last_position = 7',
    );
    expect(await verifyAuditChain(t.db, keys.publicKey)).toMatchObject({
      ok: false,
      links: 6,
      position: 7,
      problem: 'chain_truncated',
    });
    // New rows do not take the cut row's place.
    await audit(t.db, 1);
    await expect(sealAuditBatch(t.db, keys, systemClock, 3)).rejects.toThrow(AuditLogCutError);
    expect(
      await t.db
        .selectFrom('audit_chain')
        .select('position')
        .orderBy('position', 'desc')
        .executeTakeFirst(),
    ).toEqual({ position: 6 });
  });

  it('checks every signed head against the rows', async () => {
    await audit(t.db, 5);
    await sealAll(t.db);
    expect(await verifyAuditChain(t.db, keys.publicKey)).toEqual({ ok: true, links: 5, seals: 2 });
    await tamper(
      t.db,
      `update audit_checkpoints set root_hash = '\\x${'ab'.repeat(32)}' where tree_size = 3`,
    );
    expect(await verifyAuditChain(t.db, keys.publicKey)).toMatchObject({
      ok: false,
      position: 3,
      problem: 'checkpoint_root_mismatch',
    });
  });

  it('adds rows sealed before the log’s tree to it before sealing new ones', async () => {
    await audit(t.db, 5);
    await sealAll(t.db);
    const before = await t.db
      .selectFrom('audit_checkpoints')
      .select('root_hash')
      .where('tree_size', '=', 5)
      .executeTakeFirstOrThrow();
    // As a database migrated to 0021 finds it: seals and chain, no tree, no heads.
    await tamper(t.db, 'delete from audit_checkpoints', 'delete from audit_tree_nodes');
    await audit(t.db, 2);
    await sealAll(t.db);
    const heads = await t.db.selectFrom('audit_checkpoints').select('tree_size').execute();
    expect(heads).toEqual([{ tree_size: 7 }]);
    expect((await logRoot(t.db, 5)).equals(Buffer.from(before.root_hash))).toBe(true);
    expect(await verifyAuditChain(t.db, keys.publicKey)).toMatchObject({ ok: true, links: 7 });
  });
});

describe('the witness command', () => {
  it('runs on its own against the service over HTTP, with no database and no secret', async () => {
    const service = await startListeningApp();
    try {
      const serviceKeys = sealKeysFrom(
        service.config.secrets.signingKey,
        auditLogOrigin(service.base),
      );
      const seal = async () => {
        for (let n = 1; n > 0;) n = await sealAuditBatch(service.db, serviceKeys, systemClock);
      };
      await audit(service.db, 3);
      await seal();
      const key = path.join(dir, 'service-key.pem');
      await writeFile(key, String(serviceKeys.publicKey.export({ format: 'pem', type: 'spki' })));
      const state = path.join(dir, 'service-head.json');
      const run = () =>
        promisify(execFile)(
          path.resolve('node_modules/.bin/tsx'),
          [
            'src/cli.ts',
            'audit',
            'witness',
            `${service.base}/audit`,
            '--state',
            state,
            '--key',
            key,
          ],
          { env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } },
        );
      expect((await run()).stdout).toContain('Audit log head of 3 rows kept');
      await audit(service.db, 2);
      await seal();
      expect((await run()).stdout).toContain('Audit log consistent: grew from 3 to 5 rows.');
      const head = JSON.parse(await readFile(state, 'utf8')) as { checkpoint: string };
      expect(head.checkpoint.startsWith(`${new URL(service.base).host}/audit\n5\n`)).toBe(true);
    } finally {
      await service.close();
    }
  }, 60_000);
});
