import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../src/job-handlers.ts';
import {
  ATTEMPT_RETENTION_DAYS,
  EVENT_RETENTION_DAYS,
  MONITORING_RETENTION_JOB,
  eventRetentionJob,
  scheduleEventRetention,
} from '../src/monitoring/service.ts';
import { createWorker } from '../src/platform/jobs/worker.ts';
import { systemClock } from '../src/platform/time/riga.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { makeMonitoringEvents } from './support/monitoring-events.ts';
import { startReceiver, type Receiver } from './support/webhook-receiver.ts';
import {
  attemptsOf,
  endpointRow,
  followForm,
  organisationWithWebhook,
  testDeliverer,
  webhookPath,
} from './support/webhooks.ts';

/**
 * The daily retention job, run by the worker as in production: events older than 90 days and
 * webhook attempts older than 30 days are deleted, with the requests to send again that are
 * spent; younger ones stay, and the next day's run is queued.
 */

const DAY_MS = 24 * 3600_000;
const log = { warn: () => undefined, error: () => undefined };
let t: TestContext;
let receiver: Receiver;

beforeAll(async () => {
  t = await createTestApp();
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

describe('the retention job', () => {
  it('deletes old events, attempts and spent resends, keeps the younger, and queues tomorrow', async () => {
    const org = await organisationWithWebhook(t, systemClock, receiver.url);
    const events = await makeMonitoringEvents(t.db, org.stream, 4);
    await testDeliverer(t, systemClock).runOnce();
    // The second event is asked for again and sent: a resend with an attempt of its own.
    await followForm(t, webhookPath(org.clientId, '/atkartot'), org.rep, {
      seq: String(events[1]?.seq),
    });
    await testDeliverer(t, systemClock).runOnce();
    const endpoint = await endpointRow(t.db, org.organisationId);
    const attempts = await attemptsOf(t.db, endpoint.id);
    expect(attempts).toHaveLength(5);

    // Events 1–2 were made just past the retention, 3 just within it; attempts of events 1–2
    // (the resend's among them) started just past theirs, the others just within.
    await t.db
      .updateTable('monitoring_events')
      .set({ created_at: daysAgo(EVENT_RETENTION_DAYS + 1) })
      .where('organisation_id', '=', org.organisationId)
      .where('seq', '<=', 2)
      .execute();
    await t.db
      .updateTable('monitoring_events')
      .set({ created_at: daysAgo(EVENT_RETENTION_DAYS - 1) })
      .where('organisation_id', '=', org.organisationId)
      .where('seq', '=', 3)
      .execute();
    await t.db
      .updateTable('monitoring_webhook_attempts')
      .set((eb) => ({
        started_at: sql<Date>`case when ${eb.ref('seq')} <= 2 then ${daysAgo(ATTEMPT_RETENTION_DAYS + 1)}::timestamptz else ${daysAgo(ATTEMPT_RETENTION_DAYS - 1)}::timestamptz end`,
      }))
      .where('endpoint_id', '=', endpoint.id)
      .execute();
    await t.db
      .updateTable('monitoring_webhook_resends')
      .set({ sent_at: daysAgo(ATTEMPT_RETENTION_DAYS + 1) })
      .where('endpoint_id', '=', endpoint.id)
      .execute();

    await scheduleEventRetention(t.db, systemClock);
    const worker = createWorker(t.db, jobHandlers({ config: t.config, db: t.db }), { log });
    expect(await worker.runOnce()).toBeGreaterThanOrEqual(1);

    const kept = await t.db
      .selectFrom('monitoring_events')
      .select('seq')
      .where('organisation_id', '=', org.organisationId)
      .orderBy('seq')
      .execute();
    expect(kept.map((e) => e.seq)).toEqual([3, 4]);
    expect((await attemptsOf(t.db, endpoint.id)).map((a) => a.seq)).toEqual([3, 4]);
    const resends = await t.db
      .selectFrom('monitoring_webhook_resends')
      .select('id')
      .where('endpoint_id', '=', endpoint.id)
      .execute();
    expect(resends).toEqual([]);

    const jobs = await t.db
      .selectFrom('jobs')
      .select(['status', 'run_at', 'dedupe_key'])
      .where('kind', '=', MONITORING_RETENTION_JOB)
      .orderBy('run_at')
      .execute();
    expect(jobs.map((j) => j.status)).toEqual(['done', 'pending']);
    expect(jobs[1]?.run_at.getTime()).toBeGreaterThan(Date.now());
  });

  it('drops a pending resend whose event is no longer kept, so the stream does not wait on it', async () => {
    const org = await organisationWithWebhook(t, systemClock, receiver.url);
    const [first, second] = await makeMonitoringEvents(t.db, org.stream, 2);
    await testDeliverer(t, systemClock).runOnce();
    await followForm(t, webhookPath(org.clientId, '/atkartot'), org.rep, {
      seq: String(first?.seq),
    });
    await t.db
      .updateTable('monitoring_events')
      .set({ created_at: daysAgo(EVENT_RETENTION_DAYS + 1) })
      .where('organisation_id', '=', org.organisationId)
      .where('seq', '=', first?.seq ?? 0)
      .execute();
    // Today's run is done (the test before); the job's handler runs as tomorrow's would.
    await eventRetentionJob({ db: t.db, clock: systemClock })();

    const endpoint = await endpointRow(t.db, org.organisationId);
    const pending = await t.db
      .selectFrom('monitoring_webhook_resends')
      .select('seq')
      .where('endpoint_id', '=', endpoint.id)
      .execute();
    expect(pending).toEqual([]);
    // The next event still goes out.
    const [third] = await makeMonitoringEvents(t.db, org.stream, 1);
    const from = receiver.received.length;
    expect(await testDeliverer(t, systemClock).runOnce()).toBe(1);
    expect(receiver.received.slice(from).map((r) => r.headers['webhook-id'])).toEqual([third?.id]);
    expect(third?.seq).toBe((second?.seq ?? 0) + 1);
  });
});
