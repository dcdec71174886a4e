import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RETRY_DELAYS_SECONDS } from '../src/monitoring/service.ts';
import { claimEndpoints, startAttempt } from '../src/monitoring/webhook-store.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { queuedMails } from './support/connections.ts';
import { freshFormFields } from './support/forms.ts';
import { orgUserSession } from './support/organisations.ts';
import { makeMonitoringEvents } from './support/monitoring-events.ts';
import { startReceiver, type Receiver } from './support/webhook-receiver.ts';
import {
  attemptsOf,
  clockFromNow,
  endpointRow,
  followForm,
  organisationWithWebhook,
  testDeliverer,
  webhookPath,
} from './support/webhooks.ts';

/**
 * Webhook delivery against a real receiver on 127.0.0.1: every delivery is checked with the
 * `standardwebhooks` package as an integrator's receiver would, unchanged.
 */

const clock = clockFromNow();
let t: TestContext;
let receiver: Receiver;

beforeAll(async () => {
  t = await createTestApp({ clock });
  receiver = await startReceiver();
});
// Each test's endpoint is left disabled, so later tests (and their clocks) see only their own.
afterEach(async () => {
  await t.db
    .updateTable('monitoring_webhook_endpoints')
    .set({ status: 'disabled', disabled_reason: 'failing', disabled_at: new Date() })
    .where('status', '=', 'active')
    .execute();
  clock.at = Date.now();
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

interface DeliveryJson {
  type: string;
  timestamp: string;
  data: { id: string; sequence: number; personalCode: string; reference: string | null };
}

/** The deliveries the receiver got for one organisation, verified with its secret. */
function verifiedFor(secret: string, from = 0): DeliveryJson[] {
  return receiver.received
    .slice(from)
    .map((r) => new Webhook(secret).verify(r.body, r.headers) as DeliveryJson);
}

/** Runs the worker until it has nothing due. */
async function drain(deliverer: ReturnType<typeof testDeliverer>): Promise<number> {
  let total = 0;
  for (;;) {
    const made = await deliverer.runOnce();
    if (made === 0) return total;
    total += made;
  }
}

describe('delivery', () => {
  it('sends each event in order, signed so that standardwebhooks verifies it', async () => {
    const org = await organisationWithWebhook(t, clock, receiver.url);
    const events = await makeMonitoringEvents(t.db, org.stream, 5);
    const from = receiver.received.length;
    receiver.answerWith(() => ({ status: 204 }));
    await drain(testDeliverer(t, clock));

    const got = verifiedFor(org.secret, from);
    expect(got.map((d) => d.data.sequence)).toEqual(events.map((e) => e.seq));
    expect(got.map((d) => d.data.id)).toEqual(events.map((e) => e.id));
    expect(got[0]).toMatchObject({
      type: 'monitoring.change',
      data: { personalCode: events[0]?.personalCode, reference: `ref-${String(events[0]?.seq)}` },
    });
    const delivered = receiver.received.slice(from);
    expect(delivered.map((r) => r.headers['webhook-id'])).toEqual(events.map((e) => e.id));
    expect(delivered[0]?.headers['content-type']).toBe('application/json');
    expect(delivered[0]?.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    expect((await endpointRow(t.db, org.organisationId)).delivered_seq).toBe(events.at(-1)?.seq);
    // A wrong secret does not verify: the check above could fail.
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(
        delivered[0]?.body ?? '',
        delivered[0]?.headers ?? {},
      ),
    ).toThrow();
  });

  it('signs with both secrets during a rotation, and with the new one after the overlap', async () => {
    const org = await organisationWithWebhook(t, clock, receiver.url);
    receiver.answerWith(() => ({ status: 200 }));
    const page = await followForm(t, webhookPath(org.clientId, '/noslepums'), org.rep, {});
    const fresh = /(whsec_[A-Za-z0-9+/=]+)/.exec(page)?.[1] ?? '';
    expect(fresh).not.toBe(org.secret);
    // Shown once: the same address again shows no secret.
    const again = await t.app.inject({
      method: 'GET',
      url: webhookPath(org.clientId),
      headers: { accept: 'text/html', cookie: org.rep.cookie },
    });
    expect(again.body).not.toContain('whsec_');

    await makeMonitoringEvents(t.db, org.stream, 1);
    const from = receiver.received.length;
    await drain(testDeliverer(t, clock));
    const during = receiver.received[from];
    expect(during?.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(verifiedFor(org.secret, from)).toHaveLength(1);
    expect(verifiedFor(fresh, from)).toHaveLength(1);

    clock.advance(24 * 3600_000 + 1000);
    await makeMonitoringEvents(t.db, org.stream, 1);
    await drain(testDeliverer(t, clock));
    const after = receiver.received.at(-1);
    if (after === undefined) throw new Error('nothing delivered');
    const sentAt = new Date(Number(after.headers['webhook-timestamp']) * 1000);
    const id = after.headers['webhook-id'] ?? '';
    expect(after.headers['webhook-signature']).toBe(
      new Webhook(fresh).sign(id, sentAt, after.body),
    );
    expect(after.headers['webhook-signature']).not.toContain(
      new Webhook(org.secret).sign(id, sentAt, after.body),
    );
  });

  it('retries a failure with backoff and keeps every attempt', async () => {
    const org = await organisationWithWebhook(t, clock, receiver.url);
    const [first, second] = await makeMonitoringEvents(t.db, org.stream, 2);
    const from = receiver.received.length;
    receiver.answerWith((_, i) =>
      (i - from) % 2 === 0 ? { status: 500, body: 'busy' } : { status: 200 },
    );
    const deliverer = testDeliverer(t, clock);
    const start = clock.now().getTime();

    expect(await deliverer.runOnce()).toBe(1);
    const endpoint = await endpointRow(t.db, org.organisationId);
    expect(endpoint.delivered_seq).toBe(0);
    expect(endpoint.next_attempt_at.getTime() - start).toBe(RETRY_DELAYS_SECONDS[0] * 1000);
    // Not due yet: the second event waits behind the first.
    expect(await deliverer.runOnce()).toBe(0);
    clock.advance(RETRY_DELAYS_SECONDS[0] * 1000);
    await drain(deliverer);

    const ids = receiver.received.slice(from).map((r) => r.headers['webhook-id']);
    expect(ids[0]).toBe(first?.id);
    expect(ids[1]).toBe(first?.id);
    expect(ids.at(-1)).toBe(second?.id);
    const attempts = await attemptsOf(t.db, endpoint.id);
    expect(attempts[0]).toMatchObject({
      seq: first?.seq,
      status_code: 500,
      error_kind: 'http_status',
      succeeded: false,
      response_excerpt: 'busy',
    });
    expect(attempts[1]).toMatchObject({ seq: first?.seq, status_code: 200, succeeded: true });
    expect(attempts.every((a) => a.duration_ms !== null && a.duration_ms >= 0)).toBe(true);
  });

  it('waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h between failures', async () => {
    const org = await organisationWithWebhook(t, clock, receiver.url);
    await makeMonitoringEvents(t.db, org.stream, 1);
    receiver.answerWith(() => ({ status: 503 }));
    const deliverer = testDeliverer(t, clock);
    const waits: number[] = [];
    for (let i = 0; i < RETRY_DELAYS_SECONDS.length + 1; i += 1) {
      const before = clock.now().getTime();
      expect(await deliverer.runOnce()).toBe(1);
      const next = (await endpointRow(t.db, org.organisationId)).next_attempt_at.getTime();
      waits.push((next - before) / 1000);
      clock.at = next;
    }
    expect(waits).toEqual([...RETRY_DELAYS_SECONDS, 36_000]);
  });
});

describe('failures', () => {
  /** One delivery against the answer; 500 ms is the time limit unless a test needs more. */
  const outcomeOf = async (answer: Parameters<Receiver['answerWith']>[0], timeoutMs = 500) => {
    const org = await organisationWithWebhook(t, clock, receiver.url);
    await makeMonitoringEvents(t.db, org.stream, 1);
    receiver.answerWith(answer);
    const from = receiver.received.length;
    await testDeliverer(t, clock, {
      limits: { timeoutMs, maxResponseBytes: 64 * 1024, excerptBytes: 1024 },
    }).runOnce();
    const endpoint = await endpointRow(t.db, org.organisationId);
    const [attempt] = await attemptsOf(t.db, endpoint.id);
    return { org, endpoint, attempt, requests: receiver.received.slice(from) };
  };

  it('gives up on a receiver that hangs after the time limit, and tries again later', async () => {
    const { endpoint, attempt } = await outcomeOf(() => ({ hang: true }));
    expect(attempt).toMatchObject({ error_kind: 'timeout', succeeded: false, status_code: null });
    expect(attempt?.duration_ms).toBeGreaterThanOrEqual(450);
    expect(endpoint).toMatchObject({ delivered_seq: 0, failures: 1, status: 'active' });
  });

  it('does not follow a redirect: a 3xx is a failure', async () => {
    const { attempt, requests } = await outcomeOf((r) =>
      r.path === '/hooks' ? { status: 302, headers: { location: '/elsewhere' } } : { status: 200 },
    );
    expect(attempt).toMatchObject({ status_code: 302, error_kind: 'redirect', succeeded: false });
    expect(requests.map((r) => r.path)).toEqual(['/hooks']);
  });

  it('counts a reset connection as a failure', async () => {
    const { attempt, endpoint } = await outcomeOf(() => ({ reset: true }));
    expect(attempt).toMatchObject({ error_kind: 'reset', succeeded: false });
    expect(endpoint.failures).toBe(1);
  });

  it('reads no more than 64 KiB of an answer and keeps its first KiB', async () => {
    // The answer never ends: read to its end, it would run into the time limit.
    // Time enough to read 64 KiB on a busy machine: the limit on bytes, not on time, must stop it.
    const { attempt, endpoint } = await outcomeOf(() => ({ endless: true }), 5000);
    expect(attempt).toMatchObject({ status_code: 200, succeeded: true, error_kind: null });
    expect(attempt?.response_excerpt).toHaveLength(1024);
    expect(endpoint.delivered_seq).toBeGreaterThan(0);
    expect(receiver.endlessBytes()).toBeLessThan(16 * 1024 * 1024);
  });

  it('disables the endpoint on 410 and mails the organisation; re-enabled, it resumes', async () => {
    const { org, endpoint, requests } = await outcomeOf(() => ({ status: 410 }));
    expect(endpoint).toMatchObject({ status: 'disabled', disabled_reason: 'gone' });
    const mails = (await queuedMails(t.db)).filter(
      (m) => m.reference === org.clientId && m.subject.startsWith('Webhook'),
    );
    expect(mails.map((m) => m.subject)).toEqual([
      `Webhook adrese atslēgta / Webhook address disabled: ${org.clientId}`,
    ]);
    expect(mails[0]?.text).toContain('410');
    expect(mails[0]?.text).not.toContain(requests[0]?.headers['webhook-id'] ?? '-');

    receiver.answerWith(() => ({ status: 200 }));
    clock.advance(60_000);
    expect(await testDeliverer(t, clock).runOnce()).toBe(0);
    const page = await followForm(t, webhookPath(org.clientId, '/ieslegt'), org.rep, {});
    expect(page).toContain('sūtīšana turpinās');
    const from = receiver.received.length;
    await drain(testDeliverer(t, clock));
    expect(receiver.received.slice(from).map((r) => r.headers['webhook-id'])).toEqual([
      requests[0]?.headers['webhook-id'],
    ]);
    expect((await endpointRow(t.db, org.organisationId)).status).toBe('active');
  });

  it('disables the endpoint after five days of failures', async () => {
    const org = await organisationWithWebhook(t, clock, receiver.url);
    await makeMonitoringEvents(t.db, org.stream, 1);
    receiver.answerWith(() => ({ status: 500 }));
    const deliverer = testDeliverer(t, clock);
    const firstFailure = clock.now().getTime();
    let endpoint = await endpointRow(t.db, org.organisationId);
    let tries = 0;
    while (endpoint.status === 'active' && tries < 50) {
      expect(await deliverer.runOnce()).toBe(1);
      tries += 1;
      endpoint = await endpointRow(t.db, org.organisationId);
      if (endpoint.status === 'active') clock.at = endpoint.next_attempt_at.getTime();
    }
    expect(endpoint).toMatchObject({ status: 'disabled', disabled_reason: 'failing' });
    const days = (clock.now().getTime() - firstFailure) / (24 * 3600_000);
    expect(days).toBeGreaterThanOrEqual(5);
    expect(days).toBeLessThan(5.5);
    const mails = (await queuedMails(t.db)).filter(
      (m) => m.reference === org.clientId && m.subject.startsWith('Webhook'),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain('piecas dienas');
  });

  it('sends again, after its lease runs out, what a worker claimed and never finished', async () => {
    const org = await organisationWithWebhook(t, clock, receiver.url);
    const [event] = await makeMonitoringEvents(t.db, org.stream, 1);
    receiver.answerWith(() => ({ status: 200 }));
    // A worker claims the endpoint, starts the attempt, and dies.
    const now = clock.now();
    const claimed = await t.db
      .transaction()
      .execute((trx) => claimEndpoints(trx, now, new Date(now.getTime() + 60_000), 100));
    const mine = claimed.find((c) => c.organisation_id === org.organisationId);
    if (mine === undefined || event === undefined) throw new Error('not claimed');
    await startAttempt(t.db, {
      id: crypto.randomUUID(),
      endpointId: mine.id,
      seq: event.seq,
      resendId: null,
      now,
    });
    const from = receiver.received.length;
    const deliverer = testDeliverer(t, clock);
    expect(await deliverer.runOnce()).toBe(0);
    clock.advance(60_001);
    await drain(deliverer);
    expect(receiver.received.slice(from).map((r) => r.headers['webhook-id'])).toEqual([event.id]);
    const attempts = await attemptsOf(t.db, mine.id);
    expect(attempts.map((a) => a.error_kind ?? (a.succeeded === true ? 'ok' : '?'))).toEqual([
      'abandoned',
      'ok',
    ]);
  });
});

describe('redelivery', () => {
  it('sends one event again on request, and everything from a failure since a time', async () => {
    const org = await organisationWithWebhook(t, clock, receiver.url);
    const events = await makeMonitoringEvents(t.db, org.stream, 4);
    receiver.answerWith(() => ({ status: 200 }));
    const deliverer = testDeliverer(t, clock);
    await drain(deliverer);

    let from = receiver.received.length;
    const resent = await followForm(t, webhookPath(org.clientId, '/atkartot'), org.rep, {
      seq: String(events[1]?.seq),
    });
    expect(resent).toContain('tiks nosūtīts vēlreiz');
    await drain(deliverer);
    expect(receiver.received.slice(from).map((r) => r.headers['webhook-id'])).toEqual([
      events[1]?.id,
    ]);

    // The third event failed once before it went through; asking for everything failed since
    // a minute ago sends the third and fourth again, in order.
    const later = await makeMonitoringEvents(t.db, org.stream, 2);
    receiver.answerWith((r) =>
      r.headers['webhook-id'] === later[0]?.id && !failedOnce ? fail() : { status: 200 },
    );
    let failedOnce = false;
    const fail = () => {
      failedOnce = true;
      return { status: 500 };
    };
    const sinceText = rigaMinute(clock.now());
    await deliverer.runOnce();
    clock.advance(5000);
    await drain(deliverer);
    from = receiver.received.length;
    await followForm(t, webhookPath(org.clientId, '/atkartot-kops'), org.rep, { since: sinceText });
    await drain(deliverer);
    expect(receiver.received.slice(from).map((r) => r.headers['webhook-id'])).toEqual(
      later.map((e) => e.id),
    );
  });
});

describe('the page and its refusals', () => {
  it('refuses an address that is not HTTPS, with its code, changing nothing', async () => {
    const org = await organisationWithWebhook(t, clock, receiver.url);
    for (const [url, code] of [
      ['http://example.com/hooks', 'webhook_url_not_https'],
      ['ftp://example.com/', 'webhook_url_not_https'],
      ['nav adrese', 'webhook_url_invalid'],
      ['https://user:pw@example.com/', 'webhook_url_credentials'],
    ] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: webhookPath(org.clientId),
        headers: {
          accept: 'application/json',
          cookie: org.rep.cookie,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: new URLSearchParams({ url, ...freshFormFields(org.rep.csrf) }).toString(),
      });
      expect(res.statusCode, url).toBe(400);
      expect(res.json()).toMatchObject({ code });
    }
    expect((await endpointRow(t.db, org.organisationId)).url).toBe(receiver.url);
    const page = await t.app.inject({
      method: 'POST',
      url: webhookPath(org.clientId),
      headers: {
        accept: 'text/html',
        cookie: org.rep.cookie,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({
        url: 'http://example.com/x',
        ...freshFormFields(org.rep.csrf),
      }).toString(),
    });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('error-summary');
    expect(page.body).toContain('http://example.com/x');
  });

  it('shows attempts to their organisation only, and to its representatives only', async () => {
    const org = await organisationWithWebhook(t, clock, receiver.url);
    const other = await organisationWithWebhook(t, clock, receiver.url);
    const browserUser = await orgUserSession(t.db, clock, {
      organisationId: org.organisationId,
      role: 'pdp_user',
    });
    const get = (cookie: string) =>
      t.app.inject({
        method: 'GET',
        url: webhookPath(org.clientId),
        headers: { accept: 'application/json', cookie },
      });
    expect((await get(org.rep.cookie)).statusCode).toBe(200);
    const foreign = await get(other.rep.cookie);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'connection_not_found' });
    const user = await get(browserUser.cookie);
    expect(user.statusCode).toBe(403);
    expect(user.json()).toMatchObject({ code: 'connection_representative_required' });
    for (const tail of ['', '/noslepums', '/ieslegt', '/atkartot', '/atkartot-kops']) {
      const res = await t.app.inject({
        method: 'POST',
        url: webhookPath(org.clientId, tail),
        headers: {
          accept: 'application/json',
          cookie: other.rep.cookie,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: new URLSearchParams({
          url: 'https://example.com/x',
          seq: '1',
          since: '2026-01-01 00:00',
          ...freshFormFields(other.rep.csrf),
        }).toString(),
      });
      expect(res.statusCode, tail).toBe(404);
    }
    expect((await endpointRow(t.db, org.organisationId)).url).toBe(receiver.url);
  });
});

/** "YYYY-MM-DD HH:MM" in Riga, a minute before the instant. */
function rigaMinute(instant: Date): string {
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Riga',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return format.format(new Date(instant.getTime() - 60_000)).replace(',', '');
}
