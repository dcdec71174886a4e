import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MONITORING_DAY_JOB,
  monitoringEntryJobs,
  runMonitoringDay,
} from '../src/monitoring/service.ts';
import { AGREEMENT_TERMS_CHANGED_JOB } from '../src/onboarding/service.ts';
import { rigaDate, type Clock } from '../src/platform/time/riga.ts';
import { formPost } from './support/agreement-forms.ts';
import { makePerson } from './support/factories.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { agreeMonitoring, apiCall, monitoringSystem } from './support/monitoring-list.ts';
import { staffSession } from './support/staff.ts';

const clock: Clock = { now: () => new Date() };
let t: ListeningApp;

beforeAll(async () => {
  t = await startListeningApp({ clock });
});
afterAll(async () => t.close());

async function monitoredSystem(count: number) {
  const system = await monitoringSystem(t, clock, { limit: 10 });
  const token = await system.token();
  const persons = await Promise.all(Array.from({ length: count }, () => makePerson(t.db)));
  const res = await apiCall(t, token, 'POST', '/api/v1/monitoring/persons/batch', {
    persons: persons.map((p) => ({ personalCode: p.personalCode })),
  });
  expect(res.statusCode).toBe(200);
  return { ...system, token };
}

async function endings(organisationId: number) {
  const rows = await t.db
    .selectFrom('monitoring_entries')
    .select(['end_reason', 'ended_by'])
    .where('organisation_id', '=', organisationId)
    .execute();
  return rows.map((r) => `${r.end_reason ?? 'open'}/${r.ended_by ?? '-'}`);
}

async function usageRows(organisationId: number) {
  return t.db
    .selectFrom('billing_daily_usage')
    .select(['day', 'peak', 'closing'])
    .where('organisation_id', '=', organisationId)
    .where('metric', '=', 'monitored_persons')
    .orderBy('day')
    .execute();
}

describe('ending the list with the terms', () => {
  it('ends every entry when PMLP terminates the agreement', async () => {
    const system = await monitoredSystem(2);
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const today = rigaDate(clock.now());
    const done = await formPost(
      t.app,
      `/darbinieki/ligumi/${system.agreement.reference}/izbeigt`,
      officer,
      {
        from: today,
        reason: 'Zudis tiesiskais pamats',
      },
    );
    expect(done.statusCode).toBe(303);
    const queued = await t.db
      .selectFrom('jobs')
      .select('payload')
      .where('kind', '=', AGREEMENT_TERMS_CHANGED_JOB)
      .execute();
    const payloads = queued.map((j) =>
      typeof j.payload === 'string' ? (JSON.parse(j.payload) as unknown) : j.payload,
    );
    expect(payloads).toContainEqual({ organisationId: system.organisation.id });

    const handler = monitoringEntryJobs({ db: t.db, clock })[AGREEMENT_TERMS_CHANGED_JOB];
    await handler({ organisationId: system.organisation.id });
    expect(await endings(system.organisation.id)).toEqual([
      'agreement_ended/system',
      'agreement_ended/system',
    ]);
    expect(await usageRows(system.organisation.id)).toEqual([{ day: today, peak: 2, closing: 0 }]);
    const audited = await t.db
      .selectFrom('audit_events')
      .select('reason')
      .where('organisation_id', '=', system.organisation.id)
      .where('action', '=', 'monitoring.person_removed')
      .execute();
    expect(audited.map((a) => a.reason)).toEqual(['agreement_ended', 'agreement_ended']);
  });

  it('ends every entry as monitoring_ended at the day start when the agreement drops monitoring', async () => {
    const system = await monitoredSystem(1);
    const kept = await monitoredSystem(1);
    await agreeMonitoring(t.db, system.agreement.id, null);
    await runMonitoringDay(t.db, clock);
    expect(await endings(system.organisation.id)).toEqual(['monitoring_ended/system']);
    expect(await endings(kept.organisation.id)).toEqual(['open/-']);
    const list = await apiCall(t, system.token, 'GET', '/api/v1/monitoring/persons');
    expect(list.json()).toMatchObject({ monitored: 0, limit: null });
  });
});

describe('the daily count', () => {
  it('records each list for a new day without changes, and queues the next day', async () => {
    const system = await monitoredSystem(3);
    const later = new Date(clock.now().getTime() + 2 * 24 * 3600_000);
    const day = rigaDate(later);
    await runMonitoringDay(t.db, { now: () => later });
    const rows = await usageRows(system.organisation.id);
    expect(rows).toEqual([
      { day: rigaDate(clock.now()), peak: 3, closing: 3 },
      { day, peak: 3, closing: 3 },
    ]);
    const next = await t.db
      .selectFrom('jobs')
      .select(['dedupe_key', 'run_at'])
      .where('kind', '=', MONITORING_DAY_JOB)
      .execute();
    const nextDay = rigaDate(new Date(later.getTime() + 24 * 3600_000));
    expect(next.map((j) => j.dedupe_key)).toContain(`${MONITORING_DAY_JOB}:${nextDay}`);
    // Running the day again changes nothing and queues nothing twice.
    await runMonitoringDay(t.db, { now: () => later });
    expect(await usageRows(system.organisation.id)).toEqual(rows);
  });
});
