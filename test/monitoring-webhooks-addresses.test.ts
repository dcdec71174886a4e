import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classifyAddress, type HostLookup } from '../src/monitoring/service.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { makeMonitoringEvents } from './support/monitoring-events.ts';
import { startReceiver, type Receiver } from './support/webhook-receiver.ts';
import {
  attemptsOf,
  clockFromNow,
  endpointRow,
  organisationWithWebhook,
  postForm,
  testDeliverer,
  webhookPath,
} from './support/webhooks.ts';

/**
 * Webhooks go only to public addresses: checked when the address is saved and again on every
 * connection, after the host name resolves (so a name that later resolves into the service's own
 * network is refused when it would be used). Names resolve through a lookup the test gives, never
 * real DNS; the receiver is real, on 127.0.0.1, and counts the connections it gets.
 */

const PUBLIC = '93.184.216.34';
/** What each name resolves to; a test may change an answer (as DNS rebinding would). */
const answers = new Map<string, string[]>([
  ['hooks.example', [PUBLIC]],
  ['public.example', [PUBLIC, '2606:2800:220:1:248:1893:25c8:1946']],
  ['intranet.example', ['10.1.2.3']],
  ['mapped.example', ['::ffff:192.168.0.1']],
  ['metadata.example', ['169.254.169.254']],
  ['mixed.example', [PUBLIC, 'fd00::1']],
  ['receiver.test', ['127.0.0.1']],
]);
const lookup: HostLookup = (hostname) => {
  const found = answers.get(hostname);
  if (found === undefined) {
    return Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }));
  }
  return Promise.resolve(
    found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
  );
};

const clock = clockFromNow();
let t: TestContext;
let receiver: Receiver;

beforeAll(async () => {
  t = await createTestApp({ clock, hostLookup: lookup });
  receiver = await startReceiver();
});
afterEach(async () => {
  await t.db
    .updateTable('monitoring_webhook_endpoints')
    .set({ status: 'disabled', disabled_reason: 'failing', disabled_at: new Date() })
    .where('status', '=', 'active')
    .execute();
  answers.set('hooks.example', [PUBLIC]);
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

describe('what an address is for', () => {
  it('tells public addresses from private, loopback, link-local, multicast and reserved ones', () => {
    const cases: [string, string][] = [
      ['93.184.216.34', 'public'],
      ['8.8.8.8', 'public'],
      ['2606:4700::1111', 'public'],
      ['::ffff:8.8.8.8', 'public'],
      ['127.0.0.1', 'loopback'],
      ['127.255.0.9', 'loopback'],
      ['::1', 'loopback'],
      ['::ffff:127.0.0.1', 'loopback'],
      ['::ffff:7f00:1', 'loopback'],
      ['10.0.0.1', 'private'],
      ['172.16.5.4', 'private'],
      ['172.31.255.255', 'private'],
      ['192.168.1.1', 'private'],
      ['100.64.0.1', 'private'],
      ['fd00::1', 'private'],
      ['fc00::1', 'private'],
      ['::ffff:10.0.0.1', 'private'],
      ['::ffff:c0a8:101', 'private'],
      ['169.254.169.254', 'link_local'],
      ['fe80::1', 'link_local'],
      ['::ffff:169.254.169.254', 'link_local'],
      ['224.0.0.1', 'multicast'],
      ['239.255.255.250', 'multicast'],
      ['ff02::1', 'multicast'],
      ['0.0.0.0', 'reserved'],
      ['240.0.0.1', 'reserved'],
      ['255.255.255.255', 'reserved'],
      ['192.0.2.1', 'reserved'],
      ['198.18.0.1', 'reserved'],
      ['::', 'reserved'],
      ['2001:db8::1', 'reserved'],
      ['64:ff9b::a00:1', 'reserved'],
      ['2002:a00:1::1', 'reserved'],
      ['not an address', 'reserved'],
    ];
    expect(cases.map(([address]) => [address, classifyAddress(address)])).toEqual(cases);
    // Neighbours of the private ranges are public.
    expect(
      ['172.15.255.255', '172.32.0.0', '100.128.0.0', '11.0.0.0'].map(classifyAddress),
    ).toEqual(['public', 'public', 'public', 'public']);
  });
});

describe('saving an address', () => {
  const save = (org: { clientId: string; rep: { cookie: string; csrf: string } }, url: string) =>
    postForm(t, webhookPath(org.clientId), org.rep, { url }, 'application/json');

  it('refuses an address that is or resolves to a non-public one, changing nothing', async () => {
    const org = await organisationWithWebhook(t, clock, 'https://hooks.example/rg');
    for (const url of [
      'https://intranet.example/hooks',
      'https://mapped.example/hooks',
      'https://metadata.example/latest/meta-data',
      'https://mixed.example/hooks',
      'https://10.0.0.8/hooks',
      'https://127.0.0.1/hooks',
      'https://localhost/hooks',
      'https://[::1]/hooks',
      'https://[fe80::1]/hooks',
      'https://[::ffff:10.0.0.1]/hooks',
      'https://224.0.0.1/hooks',
      'https://0.0.0.0/hooks',
      'https://2130706433/hooks',
    ]) {
      const res = await save(org, url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json(), url).toMatchObject({
        code: 'webhook_url_private_address',
        message: {
          lv: expect.stringContaining('iekšēju') as unknown,
          en: expect.any(String) as unknown,
        },
      });
    }
    expect((await endpointRow(t.db, org.organisationId)).url).toBe('https://hooks.example/rg');
  });

  it('accepts a public address, and a name that does not resolve yet', async () => {
    const org = await organisationWithWebhook(t, clock, 'https://public.example/hooks');
    expect((await save(org, 'https://not-yet.example/hooks')).statusCode).toBe(303);
    expect((await endpointRow(t.db, org.organisationId)).url).toBe('https://not-yet.example/hooks');
  });
});

describe('delivering', () => {
  /** An endpoint whose address is set straight in the table, as if its name had changed since. */
  const endpointAt = async (url: string) => {
    const org = await organisationWithWebhook(t, clock, 'https://hooks.example/rg');
    await t.db
      .updateTable('monitoring_webhook_endpoints')
      .set({ url })
      .where('organisation_id', '=', org.organisationId)
      .execute();
    await makeMonitoringEvents(t.db, org.stream, 1);
    return org;
  };

  it('refuses a name that resolves into the network by the time it is used (DNS rebinding)', async () => {
    const url = `https://hooks.example:${String(receiver.port)}/hooks`;
    for (const rebound of [['127.0.0.1'], ['10.0.0.7'], ['::ffff:127.0.0.1'], [PUBLIC, '::1']]) {
      answers.set('hooks.example', [PUBLIC]);
      const org = await endpointAt(url);
      answers.set('hooks.example', rebound);
      const connections = receiver.connections();
      expect(await testDeliverer(t, clock, { lookup }).runOnce(), String(rebound)).toBe(1);
      const endpoint = await endpointRow(t.db, org.organisationId);
      const [attempt] = await attemptsOf(t.db, endpoint.id);
      expect(attempt, String(rebound)).toMatchObject({
        error_kind: 'address_refused',
        succeeded: false,
        status_code: null,
      });
      expect(endpoint).toMatchObject({ delivered_seq: 0, failures: 1, status: 'active' });
      expect(receiver.connections(), String(rebound)).toBe(connections);
      await t.db
        .updateTable('monitoring_webhook_endpoints')
        .set({ status: 'disabled', disabled_reason: 'failing', disabled_at: new Date() })
        .where('id', '=', endpoint.id)
        .execute();
    }
  });

  it('connects to the address the lookup gave, and to loopback over http outside production only', async () => {
    const org = await endpointAt(`http://receiver.test:${String(receiver.port)}/hooks`);
    receiver.answerWith(() => ({ status: 204 }));
    const from = receiver.received.length;
    const connections = receiver.connections();

    // In production, loopback is refused like any internal address, by name or literally.
    expect(await testDeliverer(t, clock, { lookup, mode: 'production' }).runOnce()).toBe(1);
    await t.db
      .updateTable('monitoring_webhook_endpoints')
      .set({ url: receiver.url, next_attempt_at: clock.now() })
      .where('organisation_id', '=', org.organisationId)
      .execute();
    expect(await testDeliverer(t, clock, { lookup, mode: 'production' }).runOnce()).toBe(1);
    expect(receiver.connections()).toBe(connections);
    const endpoint = await endpointRow(t.db, org.organisationId);
    expect((await attemptsOf(t.db, endpoint.id)).map((a) => a.error_kind)).toEqual([
      'address_refused',
      'address_refused',
    ]);

    // In tests, the same name reaches the receiver through the lookup's answer.
    await t.db
      .updateTable('monitoring_webhook_endpoints')
      .set({
        url: `http://receiver.test:${String(receiver.port)}/hooks`,
        next_attempt_at: clock.now(),
      })
      .where('id', '=', endpoint.id)
      .execute();
    expect(await testDeliverer(t, clock, { lookup }).runOnce()).toBe(1);
    const [delivered] = receiver.received.slice(from);
    if (delivered === undefined) throw new Error('nothing delivered');
    expect(new Webhook(org.secret).verify(delivered.body, delivered.headers)).toMatchObject({
      type: 'monitoring.change',
    });
    expect((await endpointRow(t.db, org.organisationId)).delivered_seq).toBe(1);
  });
});
