import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { balanceOf, recordDeposit } from '../src/billing/service.ts';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import type { Clock } from '../src/platform/time/riga.ts';
import { loadTestDataset } from '../src/register/service.ts';
import { makePerson, nextPersonalCode } from './support/factories.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';
import { connectedSystem, TEST_PURPOSE } from './support/system-client.ts';

const clock: Clock = { now: () => new Date() };
let t: ListeningApp;

beforeAll(async () => {
  // A small limit, so the test reaches it; each connection has its own count.
  t = await startListeningApp({ clock, env: { API_RATE_LIMIT_PER_MINUTE: '12' } });
  await loadTestDataset(t.db, createEnvelope(t.config.secrets.encryptionKey), 20);
});
afterAll(async () => t.close());

async function deposit(organisationId: number, cents: number) {
  await t.db.transaction().execute((trx) =>
    recordDeposit(trx, {
      organisationId,
      amountCents: cents,
      bankReference: `RF-${organisationId}-${cents}`,
      staffId: null,
    }),
  );
}

function call(
  url: string,
  token: string | null,
  body?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method: body === undefined ? 'GET' : 'POST',
    url,
    headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...headers },
    ...(body === undefined ? {} : { payload: body }),
  });
}

const ask = (personalCode: string, extra: Record<string, unknown> = {}) => ({
  personalCode,
  purpose: TEST_PURPOSE,
  endUser: 'Lieta 2026/41',
  ...extra,
});

describe('the inter-system data API', () => {
  it('answers the granted scopes for the agreed purpose, charging the prepaid balance', async () => {
    const system = await connectedSystem(t, clock);
    await deposit(system.organisation.id, 1000);
    const token = await system.token();
    const person = await makePerson(t.db, { surname: 'Ozoliņa' });

    const agreement = await call('/api/v1/agreement', token);
    expect(agreement.statusCode).toBe(200);
    expect(agreement.json()).toMatchObject({
      environment: 'production',
      purposes: [{ purpose: TEST_PURPOSE, scopes: ['addresses', 'identity'] }],
      fee: { perPersonCents: 200, exempt: false },
      balanceCents: 1000,
    });

    const res = await call(
      '/api/v1/persons/by-code',
      token,
      ask(person.personalCode, { scopes: ['identity'] }),
    );
    expect(res.statusCode).toBe(200);
    const body = res.json<{ person: Record<string, unknown>; fee: unknown }>();
    expect(Object.keys(body.person).sort()).toEqual(['identity', 'personalCode']);
    expect(body.fee).toEqual({ perPersonCents: 200, totalCents: 200, exempt: false });
    expect(await balanceOf(t.db, system.organisation.id)).toBe(800);

    const audit = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('organisation_id', '=', system.organisation.id)
      .where('action', '=', 'person.read')
      .execute();
    expect(audit).toMatchObject([
      {
        actor_type: 'system_client',
        actor_id: system.clientId,
        channel: 'api',
        environment: 'production',
        purpose: TEST_PURPOSE,
        scopes: ['identity'],
        fee_cents: 200,
        reason: 'Lieta 2026/41',
      },
    ]);
  });

  it('refuses a scope not granted and a purpose not agreed, with a code, both languages and the request id', async () => {
    const system = await connectedSystem(t, clock);
    await deposit(system.organisation.id, 1000);
    const token = await system.token();
    const person = await makePerson(t.db);
    const scope = await call(
      '/api/v1/persons/by-code',
      token,
      ask(person.personalCode, { scopes: ['documents'] }),
    );
    expect(scope.statusCode).toBe(403);
    expect(scope.json()).toMatchObject({
      code: 'scope_not_granted',
      message: {
        lv: expect.stringContaining('documents') as string,
        en: expect.stringContaining('documents') as string,
      },
      requestId: scope.headers['x-request-id'],
    });
    const purpose = await call(
      '/api/v1/persons/by-code',
      token,
      ask(person.personalCode, { purpose: 'Tirgvedība' }),
    );
    expect(purpose.json()).toMatchObject({ code: 'purpose_not_allowed' });
    const search = await call('/api/v1/persons/search', token, {
      surname: 'Kalniņa',
      birthDate: '1980-05-17',
      purpose: TEST_PURPOSE,
      endUser: 'x',
    });
    expect(search.json()).toMatchObject({ code: 'criteria_search_not_allowed' });
    const unknown = await call(
      '/api/v1/persons/by-code',
      token,
      ask(nextPersonalCode('1991-01-01')),
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'persons_not_found' });
    expect(await balanceOf(t.db, system.organisation.id)).toBe(1000);
  });

  it('answers a retry with the same Idempotency-Key without charging again', async () => {
    const system = await connectedSystem(t, clock);
    await deposit(system.organisation.id, 1000);
    const token = await system.token();
    const person = await makePerson(t.db);
    const key = { 'idempotency-key': 'retry-0001-abcd' };
    const first = await call('/api/v1/persons/by-code', token, ask(person.personalCode), key);
    const again = await call('/api/v1/persons/by-code', token, ask(person.personalCode), key);
    expect(again.statusCode).toBe(200);
    expect(again.json<{ person: unknown }>().person).toEqual(
      first.json<{ person: unknown }>().person,
    );
    expect(await balanceOf(t.db, system.organisation.id)).toBe(800);
    const other = await makePerson(t.db);
    const reused = await call('/api/v1/persons/by-code', token, ask(other.personalCode), key);
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ code: 'idempotency_key_reused' });
  });

  it('refuses with 402 and the amount needed when the balance is short, charging nothing', async () => {
    const system = await connectedSystem(t, clock);
    await deposit(system.organisation.id, 300);
    const token = await system.token();
    const a = await makePerson(t.db);
    const b = await makePerson(t.db);
    const res = await call('/api/v1/persons/batch', token, {
      personalCodes: [a.personalCode, b.personalCode],
      purpose: TEST_PURPOSE,
      endUser: 'Lieta 7',
    });
    expect(res.statusCode).toBe(402);
    expect(res.json()).toMatchObject({
      code: 'insufficient_balance',
      details: { neededCents: 400, balanceCents: 300 },
    });
    expect(await balanceOf(t.db, system.organisation.id)).toBe(300);
  });

  it('lets a public body receive data for nothing, the exemption recorded', async () => {
    const system = await connectedSystem(t, clock, { legalForm: 'public' });
    const token = await system.token();
    const person = await makePerson(t.db);
    const res = await call('/api/v1/persons/by-code', token, ask(person.personalCode));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ fee: { perPersonCents: 0, totalCents: 0, exempt: true } });
  });

  it('answers a test connection from the test data set only', async () => {
    const system = await connectedSystem(t, clock, { environment: 'test' });
    const token = await system.token();
    const fictional = await t.db
      .selectFrom('persons')
      .select('personal_code')
      .where('dataset', '=', 'test')
      .executeTakeFirstOrThrow();
    const real = await makePerson(t.db);
    const ok = await call('/api/v1/persons/by-code', token, ask(fictional.personal_code));
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ environment: 'test', fee: { totalCents: 0 } });
    const refused = await call('/api/v1/persons/by-code', token, ask(real.personalCode));
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ code: 'persons_not_found' });
  });

  it('refuses callers that are not system clients, and bad tokens', async () => {
    const system = await connectedSystem(t, clock);
    const person = await makePerson(t.db);
    const none = await call('/api/v1/persons/by-code', null, ask(person.personalCode));
    expect(none.statusCode).toBe(401);
    const forged = await call('/api/v1/persons/by-code', 'a.b.c', ask(person.personalCode));
    expect(forged.json()).toMatchObject({ code: 'access_token_invalid' });
    const user = await orgUserSession(t.db, clock, { organisationId: system.organisation.id });
    const asUser = await call('/api/v1/persons/by-code', null, ask(person.personalCode), {
      cookie: user.cookie,
    });
    expect(asUser.statusCode).toBe(403);
    const staff = await staffSession(t.db, clock, 'pmlp_officer');
    const asStaff = await call('/api/v1/agreement', null, undefined, { cookie: staff.cookie });
    expect(asStaff.statusCode).toBe(403);
  });

  it('limits each connection’s calls per minute with 429 and Retry-After', async () => {
    const system = await connectedSystem(t, clock);
    const token = await system.token();
    const statuses: number[] = [];
    let last = null;
    for (let i = 0; i < 14; i++) {
      last = await call('/api/v1/agreement', token);
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 12).every((s) => s === 200)).toBe(true);
    expect(last?.statusCode).toBe(429);
    expect(last?.headers['retry-after']).toBeDefined();
    expect(last?.json()).toMatchObject({ code: 'rate_limited' });
    // Another connection has its own count.
    const other = await connectedSystem(t, clock);
    expect((await call('/api/v1/agreement', await other.token())).statusCode).toBe(200);
  });
});
