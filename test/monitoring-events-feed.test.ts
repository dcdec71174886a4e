import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteExpiredEvents } from '../src/monitoring/service.ts';
import { eventJson } from '../src/monitoring/event-shape.ts';
import { FEED_ANSWER_EXAMPLE } from '../src/monitoring/feed-schemas.ts';
import { eventAt } from '../src/monitoring/webhook-store.ts';
import { declareAddress } from '../src/register/service.ts';
import { createOperatorToken } from '../src/identity/service.ts';
import { fixedClock } from './support/app.ts';
import { makePerson, someAddressCode } from './support/factories.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { allowMonitoring, makeMonitoringEntry } from './support/monitoring-entries.ts';
import { produceAllCommitted } from './support/monitoring-producer.ts';
import { activeConnection, connectedSystem } from './support/system-client.ts';

/**
 * The pull feed over HTTP: pages in order after an opaque cursor bound to the organisation and
 * environment, the same events for the same cursor, 304 when nothing is new, a clear refusal of
 * every bad cursor and limit, the oldest readable cursor once old events are deleted, and 429.
 */

const clock = fixedClock('2026-11-20T10:00:00Z');
let t: ListeningApp;
const URL = '/api/v1/monitoring/events';

beforeAll(async () => {
  // A small limit, so the rate test reaches it; each connection has its own count.
  t = await startListeningApp({ clock, env: { API_RATE_LIMIT_PER_MINUTE: '30' } });
});
afterAll(async () => t.close());

interface Page {
  events: { id: string; sequence: number; kind: string; personalCode: string }[];
  nextCursor: string;
  upToDate: boolean;
}

async function get(token: string, query = '', headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'GET',
    url: `${URL}${query}`,
    headers: { authorization: `Bearer ${token}`, ...headers },
  });
}

async function page(token: string, query = ''): Promise<Page> {
  const res = await get(token, query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
}

/** An organisation monitoring `count` persons, each with one address change made into events. */
async function monitoringSystem(count: number) {
  const system = await connectedSystem(t, clock, { scopes: ['identity', 'addresses'] });
  await allowMonitoring(t.db, system.agreement.id);
  const persons = [];
  for (let i = 0; i < count; i++) persons.push(await makePerson(t.db));
  await produceAllCommitted(t.db);
  for (const person of persons) {
    await makeMonitoringEntry(t.db, {
      organisationId: system.organisation.id,
      personId: person.personId,
    });
  }
  for (const person of persons) await changeAddress(person.personId);
  await produceAllCommitted(t.db);
  return { ...system, persons, token: await system.token() };
}

async function changeAddress(personId: number) {
  await t.db
    .transaction()
    .execute((trx) =>
      declareAddress(
        trx,
        personId,
        { addressCode: someAddressCode(2), flat: null, kind: 'declared', validFrom: '2026-11-20' },
        { authority: 'PMLP', process: 'address_declaration', today: '2026-11-20' },
      ),
    );
}

describe('reading the feed', () => {
  it('pages through the events in order and says when it is up to date', async () => {
    const system = await monitoringSystem(5);
    const first = await page(system.token, '?limit=2');
    expect(first.events.map((e) => e.sequence)).toEqual([1, 2]);
    expect(first.events[0]).toMatchObject({
      kind: 'address',
      personalCode: system.persons[0]?.personalCode,
    });
    expect(first.upToDate).toBe(false);
    const second = await page(system.token, `?limit=2&after=${first.nextCursor}`);
    expect(second.events.map((e) => e.sequence)).toEqual([3, 4]);
    const third = await page(system.token, `?after=${second.nextCursor}`);
    expect(third.events.map((e) => e.sequence)).toEqual([5]);
    expect(third.upToDate).toBe(true);
    const empty = await page(system.token, `?after=${third.nextCursor}`);
    expect(empty).toEqual({ events: [], nextCursor: third.nextCursor, upToDate: true });
    // The same cursor gives the same events.
    const again = await page(system.token, `?limit=2&after=${first.nextCursor}`);
    expect(again.events.map((e) => e.id)).toEqual(second.events.map((e) => e.id));
  });

  it('lists each event exactly as a webhook delivers it, in the documented shape', async () => {
    const system = await monitoringSystem(2);
    // A reference left out and a time with microseconds: the JSON built in the database must
    // still match the one a delivery's body carries.
    await t.db
      .updateTable('monitoring_events')
      .set({
        reference: null,
        occurred_at: sql<Date>`'2026-11-20 08:15:02.123456+00'::timestamptz`,
      })
      .where('organisation_id', '=', system.organisation.id)
      .where('seq', '=', 2)
      .execute();
    const res = await get(system.token);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const listed = res.json<Page>().events;
    const rows = await Promise.all(
      [1, 2].map((seq) => eventAt(t.db, system.organisation.id, 'production', seq)),
    );
    expect(listed).toEqual(rows.map((row) => (row === null ? null : eventJson(row))));
    expect(listed[1]).toMatchObject({ reference: null, occurredAt: '2026-11-20T08:15:02.123Z' });
    expect(Object.keys(listed[0] ?? {}).sort()).toEqual(
      Object.keys(FEED_ANSWER_EXAMPLE.events[0] ?? {}).sort(),
    );
  });

  it('answers 304 to If-None-Match while nothing is new, and the new event after', async () => {
    const system = await monitoringSystem(1);
    const res = await get(system.token);
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const cursor = res.json<Page>().nextCursor;
    const atEnd = await get(system.token, `?after=${cursor}`);
    const unchanged = await get(system.token, `?after=${cursor}`, {
      'if-none-match': atEnd.headers.etag as string,
    });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');

    await changeAddress(system.persons[0]?.personId ?? 0);
    await produceAllCommitted(t.db);
    const changed = await get(system.token, `?after=${cursor}`, {
      'if-none-match': atEnd.headers.etag as string,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<Page>().events.map((e) => e.sequence)).toEqual([2]);
  });

  it('reads the test environment’s events with a test connection', async () => {
    const system = await monitoringSystem(1);
    const testConnection = await activeConnection(t, clock, system.organisation.id, 'test');
    const res = await page(await testConnection.token());
    // The production person's change is not the test environment's.
    expect(res).toMatchObject({ events: [], upToDate: true });
  });
});

describe('refusals', () => {
  it('refuses callers that are not a system connection', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: URL });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'unauthenticated' });
    const { token } = await createOperatorToken(t.db, { name: 'Operator', authority: 'PMLP' });
    const operator = await get(token);
    expect(operator.statusCode).toBe(403);
    expect(operator.json()).toMatchObject({ code: 'forbidden' });
  });

  it('refuses an organisation whose agreement does not include monitoring', async () => {
    const system = await connectedSystem(t, clock);
    const res = await get(await system.token());
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'monitoring_not_agreed' });
  });

  it('refuses a limit out of range, a garbled cursor, and another’s cursor', async () => {
    const system = await monitoringSystem(1);
    const other = await monitoringSystem(1);
    for (const limit of ['0', '1000000000', '-1', 'x']) {
      const res = await get(system.token, `?limit=${limit}`);
      expect(res.statusCode, limit).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed' });
    }
    const own = (await page(system.token)).nextCursor;
    const garbled = `${own.slice(0, -2)}${own.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const cursor of [garbled, 'abc', own.slice(1), '%00', '....']) {
      const res = await get(system.token, `?after=${encodeURIComponent(cursor)}`);
      expect(res.statusCode, cursor).toBe(400);
      expect(res.json()).toMatchObject({ code: 'monitoring_cursor_invalid' });
    }
    const foreign = (await page(other.token)).nextCursor;
    const refused = await get(system.token, `?after=${foreign}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'monitoring_cursor_foreign' });
    // The same organisation's test connection may not read on from a production cursor.
    const testConnection = await activeConnection(t, clock, system.organisation.id, 'test');
    const otherEnvironment = await get(await testConnection.token(), `?after=${own}`);
    expect(otherEnvironment.json()).toMatchObject({ code: 'monitoring_cursor_foreign' });
  });

  it('names the oldest readable cursor when the cursor’s next events were deleted', async () => {
    const system = await monitoringSystem(4);
    const start = await page(system.token, '?limit=1');
    // The first three events were made long ago; the retention deletes them.
    await t.db
      .updateTable('monitoring_events')
      .set({ created_at: new Date(Date.now() - 100 * 24 * 3600_000) })
      .where('organisation_id', '=', system.organisation.id)
      .where('seq', '<=', 3)
      .execute();
    expect(await deleteExpiredEvents(t.db, { now: () => new Date() })).toBeGreaterThanOrEqual(3);

    const expired = await get(system.token, `?after=${start.nextCursor}`);
    expect(expired.statusCode).toBe(410);
    const body = expired.json<{ code: string; details: { oldestCursor: string } }>();
    expect(body.code).toBe('monitoring_cursor_expired');
    const resumed = await page(system.token, `?after=${body.details.oldestCursor}`);
    expect(resumed.events.map((e) => e.sequence)).toEqual([4]);
    // Without a cursor the feed starts at the oldest event kept.
    expect((await page(system.token)).events.map((e) => e.sequence)).toEqual([4]);
  });

  it('limits each connection’s calls per minute with 429 and Retry-After', async () => {
    const system = await monitoringSystem(0);
    let last = await get(system.token);
    for (let i = 0; i < 30 && last.statusCode === 200; i++) last = await get(system.token);
    expect(last.statusCode).toBe(429);
    expect(last.headers['retry-after']).toBeDefined();
    expect(last.json()).toMatchObject({ code: 'rate_limited' });
  });
});
