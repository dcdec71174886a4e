import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../src/platform/audit/audit-log.ts';
import { sealKeysFrom } from '../src/platform/audit/seal-key.ts';
import { sealAuditBatch } from '../src/platform/audit/sealer.ts';
import { sealingBacklog } from '../src/platform/audit/sealing-backlog.ts';
import { systemClock } from '../src/platform/time/riga.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { staffSession } from './support/staff.ts';

/**
 * A sealer that stopped is seen: `/readyz` tells the age of the oldest unsealed audit row, and
 * the staff's home page warns of it.
 */

let t: TestContext;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function sealAll(): Promise<void> {
  const keys = sealKeysFrom(t.config.secrets.signingKey);
  for (let sealed = 1; sealed > 0;) sealed = await sealAuditBatch(t.db, keys, systemClock);
}

const readiness = async () =>
  (await t.app.inject({ method: 'GET', url: '/readyz' })).json<{
    status: string;
    audit: { oldestUnsealedSeconds: number | null; sealingLate: boolean };
  }>();

describe('the sealing backlog', () => {
  it('is empty when every row is sealed, and grows with the oldest row left unsealed', async () => {
    await sealAll();
    expect(await readiness()).toMatchObject({
      status: 'ready',
      audit: { oldestUnsealedSeconds: null, sealingLate: false },
    });
    await appendAudit(t.db, {
      actorType: 'system',
      actorId: 'test',
      subjectPersonId: null,
      action: 'test.recent',
      channel: 'api',
    });
    const fresh = await readiness();
    expect(fresh.audit.oldestUnsealedSeconds).toBeLessThan(30);
    expect(fresh.audit.sealingLate).toBe(false);

    // A row written 90 seconds ago and still not sealed: the sealer has stopped.
    await appendAudit(t.db, {
      actorType: 'system',
      actorId: 'test',
      subjectPersonId: null,
      action: 'test.old',
      channel: 'api',
      occurredAt: new Date(Date.now() - 90_000),
    });
    const late = await readiness();
    expect(late.status).toBe('ready');
    expect(late.audit.oldestUnsealedSeconds).toBeGreaterThanOrEqual(89);
    expect(late.audit.sealingLate).toBe(true);
    expect(await sealingBacklog(t.db)).toMatchObject({ late: true });
    // Staff see it on their home page, before anything else, in both languages.
    const staff = await staffSession(t.db, systemClock, 'pmlp_officer');
    const home = (lang: string) =>
      t.app.inject({
        method: 'GET',
        url: `/darbinieki?lang=${lang}`,
        headers: { cookie: staff.cookie },
      });
    expect((await home('lv')).body).toContain('Audita žurnāla aizzīmogošana kavējas');
    expect((await home('en')).body).toContain('Sealing of the audit log is behind');

    await sealAll();
    expect((await readiness()).audit).toEqual({ oldestUnsealedSeconds: null, sealingLate: false });
    expect((await home('en')).body).not.toContain('Sealing of the audit log is behind');
  });
});
