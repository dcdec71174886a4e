import { sql } from 'kysely';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDatabase, Db } from '../src/database.ts';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import type { Database } from '../src/platform/db/database.ts';
import { captureBiometrics } from '../src/register/service.ts';
import { drawSyntheticFace } from '../src/register/generator/synthetic-face.ts';
import * as residents from '../src/residents/service.ts';
import { validateDeficiencyForm } from '../src/residents/report-form.ts';
import { createTestDatabase } from './support/database.ts';
import { makePerson } from './support/factories.ts';

let database: Database<AppDatabase>;
let db: Db;
const envelope = createEnvelope(randomBytes(32));
const clock = { now: () => new Date() };
const url = 'http://portal.test';

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(async () => database.close());

const tx = <T>(work: (trx: Db) => Promise<T>) => db.transaction().execute(work);

async function enrolledPerson() {
  const person = await makePerson(db);
  await tx((trx) =>
    captureBiometrics(
      trx,
      envelope,
      person.personId,
      {
        process: 'identity_document',
        capturedAt: new Date('2024-03-01T10:00:00Z'),
        facialImage: drawSyntheticFace(42, 'female'),
        fingerprints: [{ finger: 2, impression: 'plain', quality: 80 }],
      },
      { authority: 'PMLP', process: 'identity_document', today: '2026-11-01' },
    ),
  );
  return person;
}

describe('e-service runs', () => {
  it('get unguessable identification numbers, audit each BDAS query, and close', async () => {
    const person = await enrolledPerson();
    const me = { personId: person.personId, method: 'eid' };
    const a = await tx((trx) => residents.startRun(trx, clock, me, { termsAccepted: false }));
    const b = await tx((trx) => residents.startRun(trx, clock, me, { termsAccepted: false }));
    expect(a.public_id).toMatch(/^EP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(a.public_id).not.toBe(b.public_id);
    await expect(tx((trx) => residents.acceptTerms(trx, a, false))).rejects.toMatchObject({
      code: 'terms_not_accepted',
    });
    await tx((trx) => residents.acceptTerms(trx, a, true));
    const run = await residents.findOpenRun(db, a.public_id, person.personId);
    const record = await tx((trx) => residents.queryBdas(trx, run, 'req-1'));
    expect(record?.facialImages).toHaveLength(1);
    expect(record?.fingerprints).toMatchObject([{ finger: 2, quality: 80 }]);
    const audit = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('subject_person_id', '=', person.personId)
      .where('action', '=', 'bdas.read')
      .execute();
    expect(audit).toMatchObject([
      { actor_type: 'resident', channel: 'portal', request_id: 'req-1' },
    ]);
    await tx((trx) => residents.finishRun(trx, run));
    await expect(residents.findOpenRun(db, a.public_id, person.personId)).rejects.toMatchObject({
      code: 'run_closed',
    });
  });

  it('never finds another person’s run', async () => {
    const owner = await enrolledPerson();
    const other = await makePerson(db);
    const run = await tx((trx) =>
      residents.startRun(
        trx,
        clock,
        { personId: owner.personId, method: 'eid' },
        { termsAccepted: false },
      ),
    );
    await expect(residents.findOwnRun(db, run.public_id, other.personId)).rejects.toMatchObject({
      code: 'run_not_found',
    });
  });

  it('closes a run left open through the outbox job, and shows it as closed by the system', async () => {
    const person = await makePerson(db);
    const run = await tx((trx) =>
      residents.startRun(
        trx,
        clock,
        { personId: person.personId, method: 'smart_card' },
        { termsAccepted: false },
      ),
    );
    const job = await db
      .selectFrom('jobs')
      .selectAll()
      .where('dedupe_key', '=', `close-run-${run.id}`)
      .executeTakeFirstOrThrow();
    expect(job.run_at.getTime() - run.started_at.getTime()).toBeGreaterThan(29 * 60_000);
    await tx((trx) => residents.closeAbandonedRun(trx, run.id));
    const { runs } = await residents.history(db, person.personId);
    expect(runs).toMatchObject([{ public_id: run.public_id, status: 'abandoned' }]);
    expect(runs[0]?.finished_at).not.toBeNull();
  });
});

describe('reports', () => {
  it('validates the deficiency form on the server, naming each field', () => {
    const bad = validateDeficiencyForm(
      { dataItem: 'salary', description: ' ', correctValue: '', email: 'nav-epasts' },
      {
        name: 'x.exe',
        bytes: Buffer.from('MZ not an image'),
      },
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(Object.keys(bad.errors).sort()).toEqual([
        'attachment',
        'correctValue',
        'dataItem',
        'description',
        'email',
      ]);
    const noContact = validateDeficiencyForm(
      { dataItem: 'surname', description: 'x', correctValue: 'y' },
      null,
    );
    expect(noContact.ok).toBe(false);
  });

  it('lands a deficiency report in the queue, encrypts its attachment, and mails each status', async () => {
    const person = await enrolledPerson();
    const run = await tx((trx) =>
      residents.startRun(
        trx,
        clock,
        { personId: person.personId, method: 'eid' },
        { termsAccepted: true },
      ),
    );
    const png = drawSyntheticFace(7, 'male');
    const form = validateDeficiencyForm(
      {
        dataItem: 'surname',
        description: 'Uzvārds nav pareizs',
        correctValue: 'Kalniņa',
        email: 'ilze@example.lv',
      },
      { name: 'pase.png', bytes: png },
    );
    if (!form.ok) throw new Error('form should be valid');
    const reference = await tx((trx) =>
      residents.submitDeficiencyReport(trx, envelope, run, form.value, url),
    );
    expect(reference).toMatch(/^NP-/);
    const stored = await sql<{
      ciphertext: Buffer;
    }>`select attachment_ciphertext as ciphertext from resident_reports where reference = ${reference}`.execute(
      db,
    );
    expect(stored.rows[0]?.ciphertext.includes(png.subarray(0, 64))).toBe(false);
    expect((await residents.readAttachment(db, envelope, reference))?.bytes).toEqual(png);
    const queue = await residents.reportQueue(db, { kind: 'deficiency', status: null });
    expect(queue.map((r) => r.reference)).toContain(reference);

    await tx((trx) =>
      residents.changeReportStatus(
        trx,
        { reference, status: 'in_progress', reply: 'Pārbaudām', staffId: 1 },
        url,
      ),
    );
    await tx((trx) =>
      residents.changeReportStatus(
        trx,
        { reference, status: 'resolved', reply: 'Labots', staffId: 1 },
        url,
      ),
    );
    await expect(
      tx((trx) =>
        residents.changeReportStatus(
          trx,
          { reference, status: 'rejected', reply: null, staffId: 1 },
          url,
        ),
      ),
    ).rejects.toMatchObject({ code: 'report_closed' });
    const mails = await db
      .selectFrom('jobs')
      .select('payload')
      .where('kind', '=', 'mail.send')
      .where('dedupe_key', 'like', 'report-mail-%')
      .execute();
    const mine = mails
      .map(
        (m) =>
          (typeof m.payload === 'string' ? JSON.parse(m.payload) : m.payload) as {
            subject: string;
            to: string;
          },
      )
      .filter((m) => m.subject.includes(reference));
    expect(mine.map((m) => m.subject.split(': ')[1])).toEqual([
      'Saņemts / Received',
      'Tiek izskatīts / In progress',
      'Atrisināts / Resolved',
    ]);
    expect(new Set(mine.map((m) => m.to))).toEqual(new Set(['ilze@example.lv']));
    const view = await tx((trx) =>
      residents.openReportForStaff(trx, reference, { staffId: 1 }, 'req-staff'),
    );
    expect(view.updates.map((u) => u.status)).toEqual(['received', 'in_progress', 'resolved']);
    expect(view.bdas?.basic.personalCode).toBe(person.personalCode);
  });
});
