import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProofCommand } from '../src/audit-proof-command.ts';
import type { Db } from '../src/database.ts';
import { appendAudit } from '../src/platform/audit/audit-log.ts';
import { checkInclusionProof, type InclusionProof } from '../src/platform/audit/inclusion-proof.ts';
import { sealKeysFrom } from '../src/platform/audit/seal-key.ts';
import { sealAuditBatch } from '../src/platform/audit/sealer.ts';
import { verifyAuditChain } from '../src/platform/audit/verify.ts';
import { dataUseErrors } from '../src/residents/errors.ts';
import { NODE_RECIPE, OPENSSL_RECIPE, RECIPE_FILE } from '../src/residents/proof-recipes.ts';
import { residentSession } from './support/resident.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { makePerson } from './support/factories.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';

/**
 * Proofs of inclusion for "Kas izmantoja manus datus", end to end: rows written as provisions
 * write them, sealed by the real sealer in small batches, the resident's download, its checks by
 * the code, by the command line and by the help page's recipes, tampering, and refusals.
 */

const run = promisify(execFile);
const now = new Date('2026-05-04T09:00:00Z');
const clock = { now: () => now };
let t: TestContext;
let keys: ReturnType<typeof sealKeysFrom>;
let dir: string;

interface Who {
  cookie: string;
}

const PAGE = '/kas-izmantoja-manus-datus';
const proofUrl = (id: number) => `${PAGE}/ieraksti/${id}/pieradijums`;

let me: { personId: number; personalCode: string };
let other: { personId: number; personalCode: string };
let bank: { id: number };
const rows = { mine: 0, second: 0, test: 0, held: 0, others: 0 };

function provision(
  db: Db,
  personId: number,
  purpose: string,
  environment: 'production' | 'test' = 'production',
) {
  return appendAudit(db, {
    actorType: 'system_client',
    actorId: 'client-1',
    organisationId: bank.id,
    subjectPersonId: personId,
    action: 'person.read',
    scopes: ['identity', 'addresses'],
    purpose,
    legalBasis: 'identity: Kredītiestāžu likums, 41. pants',
    channel: 'api',
    environment,
    feeCents: 200,
    requestId: 'req-1',
    occurredAt: new Date('2026-05-03T08:00:00Z'),
  });
}

async function sealAll(): Promise<void> {
  // Batches of five, so the proofs come from several seals and trees of several shapes.
  for (let sealed = 1; sealed > 0;) sealed = await sealAuditBatch(t.db, keys, clock, 5);
}

const residentOf = (person: { personId: number; personalCode: string }) =>
  residentSession(t.db, clock, person);

const get = (url: string, who: Who | null, accept = 'text/html') =>
  t.app.inject({
    method: 'GET',
    url,
    headers: { accept, ...(who === null ? {} : { cookie: who.cookie }) },
  });

async function auditCount(action: string): Promise<number> {
  const row = await t.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function download(id: number): Promise<InclusionProof> {
  const res = await get(proofUrl(id), await residentOf(me));
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json<InclusionProof>();
}

/** A deep copy to tamper with. */
const copy = (proof: InclusionProof): InclusionProof =>
  JSON.parse(JSON.stringify(proof)) as InclusionProof;

/** Flips the last hex digit of a hash. */
const flip = (hex: string) => `${hex.slice(0, -1)}${hex.endsWith('0') ? '1' : '0'}`;

beforeAll(async () => {
  t = await createTestApp({ clock });
  keys = sealKeysFrom(t.config.secrets.signingKey);
  dir = await mkdtemp(path.join(tmpdir(), 'audit-proof-'));
  me = await makePerson(t.db);
  other = await makePerson(t.db);
  bank = await makeOrganisation(t.db, { name: 'Banka Alfa' });
  for (let i = 0; i < 4; i++) await provision(t.db, other.personId, `Cita persona ${i}`);
  rows.mine = await provision(t.db, me.personId, 'Mērķis pirmais');
  for (let i = 4; i < 9; i++) await provision(t.db, other.personId, `Cita persona ${i}`);
  rows.second = await provision(t.db, me.personId, 'Mērķis otrais');
  rows.test = await provision(t.db, me.personId, 'Mērķis testa vide', 'test');
  rows.held = await provision(t.db, me.personId, 'Mērķis slēptais');
  rows.others = await provision(t.db, other.personId, 'Cita persona pēdējā');
  await t.db
    .insertInto('audit_holds')
    .values({
      audit_event_id: rows.held,
      hidden_until: '2026-06-01',
      reason: 'Izmeklēšana',
      staff_id: (await staffSession(t.db, clock, 'pmlp_officer')).staffId,
    })
    .execute();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await t.close();
});

describe('before the row is sealed', () => {
  it('shows that the proof will be ready within seconds, and refuses the download', async () => {
    const page = await get(PAGE, await residentOf(me));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Pierādījums būs gatavs dažu sekunžu laikā.');
    expect(page.body).not.toContain(proofUrl(rows.mine));
    const en = await get(`${PAGE}?lang=en`, await residentOf(me));
    expect(en.body).toContain('The proof will be ready within seconds.');

    const before = await auditCount('data_use.proof_downloaded');
    const res = await get(proofUrl(rows.mine), await residentOf(me), 'application/json');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'proof_not_ready',
      message: { lv: dataUseErrors.proof_not_ready.lv, en: dataUseErrors.proof_not_ready.en },
    });
    expect(await auditCount('data_use.proof_downloaded')).toBe(before);
  });
});

describe('a sealed row', () => {
  beforeAll(sealAll);

  it('has a download link on the resident’s list, and the list links the help page', async () => {
    const page = await get(PAGE, await residentOf(me));
    expect(page.body).toContain(`href="${proofUrl(rows.mine)}"`);
    expect(page.body).toContain(`href="${proofUrl(rows.second)}"`);
    expect(page.body).toContain('Lejupielādēt iekļaušanas pierādījumu');
    expect(page.body).toContain('href="/palidziba/ieklausanas-pieradijums"');
    expect(page.body).not.toContain('Pierādījums būs gatavs dažu sekunžu laikā.');
    const en = await get(`${PAGE}?lang=en`, await residentOf(me));
    expect(en.body).toContain('Download proof of inclusion');
  });

  it('downloads as a file that is not kept, with the row, path, root, seal and key', async () => {
    const before = await auditCount('data_use.proof_downloaded');
    const res = await get(proofUrl(rows.mine), await residentOf(me));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="ieklausanas-pieradijums-${rows.mine}.json"`,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const proof = res.json<InclusionProof>();
    expect(proof.auditRow).toMatchObject({
      id: rows.mine,
      subject_person_id: me.personId,
      purpose: 'Mērķis pirmais',
      action: 'person.read',
    });
    expect(proof.canonicalRow).toContain('"purpose":"Mērķis pirmais"');
    expect(proof.treeSize).toBe(proof.seal.lastPosition - proof.seal.firstPosition + 1);
    expect(proof.treeSize).toBeGreaterThan(1);
    expect(proof.path.length).toBeGreaterThan(0);
    expect(proof.publicKey.pem).toBe(keys.publicKey.export({ format: 'pem', type: 'spki' }));
    // The proof's seal is the stored seal of the row's batch.
    const seal = await t.db
      .selectFrom('audit_chain as c')
      .innerJoin('audit_seals as s', 's.id', 'c.seal_id')
      .select(['c.position', 's.first_position', 's.last_position', 's.batch_root'])
      .where('c.event_id', '=', rows.mine)
      .executeTakeFirstOrThrow();
    expect(proof.position).toBe(seal.position);
    expect(proof.seal.firstPosition).toBe(seal.first_position);
    expect(proof.seal.lastPosition).toBe(seal.last_position);
    expect(proof.batchRoot).toBe(Buffer.from(seal.batch_root ?? []).toString('hex'));
    // Handing it out is recorded as the resident's own.
    expect(await auditCount('data_use.proof_downloaded')).toBe(before + 1);
  });

  it('verifies with the code, and every change to it fails with its reason', async () => {
    const proof = await download(rows.second);
    expect(checkInclusionProof(proof, keys.publicKey)).toMatchObject({
      ok: true,
      eventId: rows.second,
      position: proof.position,
    });

    const row = copy(proof);
    row.auditRow.purpose = 'Cits mērķis';
    expect(checkInclusionProof(row)).toEqual({ ok: false, problem: 'row_mismatch' });

    const both = copy(proof);
    both.auditRow.fee_cents = 0;
    both.canonicalRow = both.canonicalRow.replace('"fee_cents":200', '"fee_cents":0');
    expect(checkInclusionProof(both)).toEqual({ ok: false, problem: 'leaf_hash_mismatch' });

    const path = copy(proof);
    path.path[0] = flip(path.path[0] ?? '');
    expect(checkInclusionProof(path)).toEqual({ ok: false, problem: 'path_invalid' });

    const index = copy(proof);
    index.position += 1;
    index.leafIndex += 1;
    expect(checkInclusionProof(index).ok).toBe(false);

    const root = copy(proof);
    root.batchRoot = flip(root.batchRoot);
    expect(checkInclusionProof(root)).toEqual({ ok: false, problem: 'path_invalid' });

    const time = copy(proof);
    time.seal.sealedAt = '2026-05-04T09:00:01.000Z';
    expect(checkInclusionProof(time)).toEqual({ ok: false, problem: 'signature_invalid' });

    const head = copy(proof);
    head.seal.headHash = flip(head.seal.headHash);
    expect(checkInclusionProof(head)).toEqual({ ok: false, problem: 'signature_invalid' });

    const stranger = sealKeysFrom(Buffer.alloc(32, 9)).publicKey;
    expect(checkInclusionProof(proof, stranger)).toEqual({
      ok: false,
      problem: 'key_not_trusted',
    });
    const swapped = copy(proof);
    swapped.publicKey.pem = String(stranger.export({ format: 'pem', type: 'spki' }));
    expect(checkInclusionProof(swapped)).toEqual({ ok: false, problem: 'key_invalid' });

    const noSeal: Record<string, unknown> = { ...proof };
    delete noSeal.seal;
    expect(checkInclusionProof(noSeal)).toEqual({ ok: false, problem: 'malformed' });
    expect(checkInclusionProof('not a proof')).toEqual({ ok: false, problem: 'malformed' });
  });

  it('verifies with the command line’s check, offline, and names what is wrong', async () => {
    const proof = await download(rows.mine);
    const file = path.join(dir, 'proof.json');
    const keyFile = path.join(dir, 'key.pem');
    await writeFile(file, JSON.stringify(proof, null, 2));
    await writeFile(keyFile, String(keys.publicKey.export({ format: 'pem', type: 'spki' })));
    const lines: string[] = [];
    expect(await checkProofCommand(file, keyFile, (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toContain(`Proof valid: audit row ${rows.mine} is at position`);
    expect(lines[1]).toContain('Pierādījums derīgs');

    const tampered = copy(proof);
    tampered.path[tampered.path.length - 1] = flip(tampered.path.at(-1) ?? '');
    await writeFile(file, JSON.stringify(tampered));
    lines.length = 0;
    expect(await checkProofCommand(file, keyFile, (l) => lines.push(l))).toBe(1);
    expect(lines[0]).toMatch(/^Proof INVALID \(path_invalid\): /);

    await writeFile(file, '{ not json');
    lines.length = 0;
    expect(await checkProofCommand(file, undefined, (l) => lines.push(l))).toBe(1);
    expect(lines[0]).toMatch(/^Proof INVALID \(malformed\)/);
    expect(await checkProofCommand(path.join(dir, 'missing.json'), undefined, () => {})).toBe(2);
  });

  it('verifies with the real command, which needs no database', async () => {
    const proof = await download(rows.mine);
    const file = path.join(dir, 'cli-proof.json');
    const keyFile = path.join(dir, 'cli-key.pem');
    await writeFile(file, JSON.stringify(proof));
    await writeFile(keyFile, String(keys.publicKey.export({ format: 'pem', type: 'spki' })));
    const tsx = path.resolve('node_modules/.bin/tsx');
    const ok = await run(tsx, ['src/cli.ts', 'audit', 'check-proof', file, '--key', keyFile], {
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
    });
    expect(ok.stdout).toContain('Proof valid');
    const tampered = copy(proof);
    tampered.seal.sealedAt = '2020-01-01T00:00:00.000Z';
    await writeFile(file, JSON.stringify(tampered));
    const failed = await run(tsx, ['src/cli.ts', 'audit', 'check-proof', file, '--key', keyFile])
      .then(() => null)
      .catch((error: unknown) => error as { code: number; stdout: string });
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toContain('Proof INVALID (signature_invalid)');
  }, 30_000);

  it('verifies with the help page’s Node.js and openssl recipes', async () => {
    const proof = await download(rows.second);
    const work = await mkdtemp(path.join(dir, 'recipe-'));
    await writeFile(path.join(work, 'check-proof.mjs'), NODE_RECIPE);
    await writeFile(path.join(work, RECIPE_FILE), JSON.stringify(proof));
    const good = await run(process.execPath, ['check-proof.mjs', RECIPE_FILE], { cwd: work });
    expect(good.stdout).toBe('leaf true\npath true\nsignature true\n');

    const openssl = await run('bash', ['-e', '-c', OPENSSL_RECIPE], { cwd: work });
    expect(openssl.stdout).toContain(proof.leafHash);
    expect(openssl.stdout).toContain('Signature Verified Successfully');

    const tampered = copy(proof);
    tampered.path[0] = flip(tampered.path[0] ?? '');
    tampered.seal.sealedAt = '2020-01-01T00:00:00.000Z';
    await writeFile(path.join(work, RECIPE_FILE), JSON.stringify(tampered));
    const bad = await run(process.execPath, ['check-proof.mjs', RECIPE_FILE], { cwd: work });
    expect(bad.stdout).toBe('leaf true\npath false\nsignature false\n');
  }, 30_000);

  it('names the log’s signed head it is proved against, with the path to its root', async () => {
    const proof = await download(rows.mine);
    const res = await get('/audit/checkpoint', null, 'text/plain');
    expect(proof.log?.checkpoint).toBe(res.body);
    expect(proof.log).toMatchObject({ leafIndex: proof.position - 1 });
    expect(proof.log?.treeSize).toBe(Number(res.body.split('\n')[1]));
    expect(checkInclusionProof(proof, keys.publicKey)).toMatchObject({ ok: true });

    const path = copy(proof);
    path.log?.path.splice(0, 1, flip(path.log.path[0] ?? ''));
    expect(checkInclusionProof(path)).toEqual({ ok: false, problem: 'log_path_invalid' });
    const head = copy(proof);
    if (head.log !== undefined) head.log.checkpoint = head.log.checkpoint.replace('\n', 'x\n');
    expect(checkInclusionProof(head)).toEqual({ ok: false, problem: 'checkpoint_invalid' });
    const size = copy(proof);
    if (size.log !== undefined) size.log.treeSize += 1;
    expect(checkInclusionProof(size)).toEqual({ ok: false, problem: 'checkpoint_invalid' });
    // A proof made before the log's tree, without its head, checks as before.
    const older = copy(proof);
    delete older.log;
    expect(checkInclusionProof(older, keys.publicKey)).toMatchObject({ ok: true });
  });

  it('keeps the whole chain verifiable, roots and signatures included', async () => {
    const verdict = await verifyAuditChain(t.db, keys.publicKey);
    expect(verdict).toMatchObject({ ok: true });
  });
});

describe('who may have a proof', () => {
  it('refuses another resident’s row, a test row, a held row and no row alike', async () => {
    const before = await auditCount('data_use.proof_downloaded');
    const mine = await residentOf(me);
    for (const [who, id] of [
      [await residentOf(other), rows.mine],
      [mine, rows.others],
      [mine, rows.test],
      [mine, rows.held],
      [mine, 999_999],
    ] as const) {
      const res = await get(proofUrl(id), who, 'application/json');
      expect(res.statusCode, String(id)).toBe(404);
      expect(res.json()).toMatchObject({ code: 'audit_row_not_found' });
    }
    const page = await get(proofUrl(rows.others), mine);
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain(dataUseErrors.audit_row_not_found.lv);
    const bad = await get(`${PAGE}/ieraksti/abc/pieradijums`, mine, 'application/json');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed' });
    expect(await auditCount('data_use.proof_downloaded')).toBe(before);
  });

  it('refuses organisation users, staff and visitors', async () => {
    const orgUser = await orgUserSession(t.db, clock, { organisationId: bank.id });
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const agent = await staffSession(t.db, clock, 'ic_agent');
    for (const who of [orgUser, officer, agent]) {
      const res = await get(proofUrl(rows.mine), who, 'application/json');
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden' });
    }
    const anonymous = await get(proofUrl(rows.mine), null, 'application/json');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'unauthenticated' });
  });
});

describe('the help page', () => {
  it('is public, in both languages, with the service’s public key and the recipes', async () => {
    const pem = String(keys.publicKey.export({ format: 'pem', type: 'spki' }));
    const lv = await get('/palidziba/ieklausanas-pieradijums', null);
    expect(lv.statusCode).toBe(200);
    expect(lv.body).toContain('Kā pārbaudīt iekļaušanas pierādījumu');
    expect(lv.body).toContain(pem.split('\n')[1]);
    expect(lv.body).toContain('audit check-proof');
    expect(lv.body).toContain('openssl pkeyutl -verify');
    const en = await get('/palidziba/ieklausanas-pieradijums?lang=en', null);
    expect(en.body).toContain('How to check a proof of inclusion');
    expect(en.body).toContain('What a proof proves, and what it does not');
  });
});
