import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { AppDatabase } from '../src/database.ts';
import { WEBHOOK_WAKE_CHANNELS } from '../src/monitoring/service.ts';
import type { Database } from '../src/platform/db/database.ts';
import { createTestDatabase } from './support/database.ts';
import { makeMonitoringEvents } from './support/monitoring-events.ts';
import { startReceiver, type Receiver } from './support/webhook-receiver.ts';
import {
  clockFromNow,
  endpointRow,
  organisationWithWebhook,
  testDeliverer,
  type AppUnderTest,
} from './support/webhooks.ts';

/**
 * Several delivering workers at once on one database (on PostgreSQL, each with its own
 * connections from the pool, as worker processes have): each attempt is made by one of them
 * only, and each endpoint still receives its events in order.
 */

const clock = clockFromNow();
let database: Database<AppDatabase>;
let t: AppUnderTest;
let receiver: Receiver;

beforeAll(async () => {
  database = await createTestDatabase({ poolSize: 12 });
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent' });
  const app = await buildApp({ config, db: database.db, engine: database.engine, clock });
  await app.ready();
  t = { app, db: database.db, config };
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await t.app.close();
  await database.close();
});

describe('workers side by side', () => {
  it('never send the same attempt twice, and keep each endpoint in order', async () => {
    const orgs = [];
    for (let i = 0; i < 4; i += 1) {
      orgs.push(await organisationWithWebhook(t, clock, `${receiver.url}/${String(i)}`));
    }
    const sent = new Map<string, string[]>();
    for (const [i, org] of orgs.entries()) {
      const events = await makeMonitoringEvents(t.db, org.stream, 30);
      sent.set(
        `/hooks/${String(i)}`,
        events.map((e) => e.id),
      );
    }
    receiver.answerWith(() => ({ status: 200 }));
    const from = receiver.received.length;
    // Small claims, so that the workers take turns on the same endpoints many times.
    const workers = [0, 1, 2].map(() =>
      testDeliverer(t, clock, { endpoints: 2, eventsPerClaim: 3 }),
    );
    const run = async (worker: (typeof workers)[number]) => {
      for (let idle = 0; idle < 3;) idle = (await worker.runOnce()) === 0 ? idle + 1 : 0;
    };
    await Promise.all(workers.map(run));

    const got = receiver.received.slice(from);
    for (const [path, ids] of sent) {
      expect(
        got.filter((r) => r.path === path).map((r) => r.headers['webhook-id']),
        path,
      ).toEqual(ids);
    }
    const attempts = await t.db
      .selectFrom('monitoring_webhook_attempts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where(
        'endpoint_id',
        'in',
        (await Promise.all(orgs.map((o) => endpointRow(t.db, o.organisationId)))).map((e) => e.id),
      )
      .executeTakeFirstOrThrow();
    expect(Number(attempts.n)).toBe(got.length);
  });

  it('starts delivering as soon as events are written, woken by the database', async () => {
    const org = await organisationWithWebhook(t, clock, `${receiver.url}/wake`);
    receiver.answerWith(() => ({ status: 200 }));
    // The poll alone would wait a minute: only the notification can make this pass in time.
    const worker = testDeliverer(t, clock, { pollMs: 60_000 });
    const listening = await database.listen(
      WEBHOOK_WAKE_CHANNELS,
      { onMessage: () => worker.wake(), onGap: () => worker.wake() },
      { warn: () => undefined },
    );
    worker.start();
    try {
      const before = receiver.received.length;
      await makeMonitoringEvents(t.db, org.stream, 3);
      await receiver.receivedCount(before + 3);
      expect(receiver.received.slice(before).map((r) => r.path)).toEqual([
        '/hooks/wake',
        '/hooks/wake',
        '/hooks/wake',
      ]);
    } finally {
      await worker.stop();
      await listening.close();
    }
  }, 10_000);
});
