import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../src/config.ts';
import {
  addConnectionKey,
  changeConnectionStatus,
  registerConnection,
  retireConnectionKey,
} from '../src/identity/connections.ts';
import { forgetConnection, verifyAccessToken } from '../src/identity/service.ts';
import { AppError } from '../src/platform/errors.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';
import type { Clock } from '../src/platform/time/riga.ts';
import { rigaDate } from '../src/platform/time/riga.ts';
import { makeConcludedAgreement, terminateAgreement } from './support/agreements.ts';
import { clientAssertion, systemKey } from './support/connections.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';

/** A clock the tests move: assertions expire without waiting. */
const clock = {
  at: Date.parse('2026-11-20T09:00:00Z'),
  now(): Date {
    return new Date(this.at);
  },
} satisfies Clock & { at: number };

/** Listening only so that its configuration (public address, secrets) is the test's to read. */
let t: ListeningApp;
let config: Config;
let TOKEN_URL: string;
let ctx: { clock: Clock; publicUrl: string };
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const verifyDeps = () => ({ db: t.db, config, clock });

beforeAll(async () => {
  t = await startListeningApp({ clock });
  config = t.config;
  TOKEN_URL = `${config.publicUrl}/api/v1/oauth/token`;
  ctx = { clock, publicUrl: config.publicUrl };
});
afterAll(async () => t.close());

type Key = Awaited<ReturnType<typeof systemKey>>;

/** An organisation with a concluded agreement and an active connection with one key. */
async function activeConnection(
  options: { key?: Key; sourceAddresses?: string; activate?: boolean } = {},
) {
  const organisation = await makeOrganisation(t.db);
  const agreement = await makeConcludedAgreement(t.db, organisation.id, {
    environments: ['test', 'production'],
    systemConnections: 3,
  });
  const rep = await orgUserSession(t.db, clock, { organisationId: organisation.id });
  const key = options.key ?? (await systemKey('ES256'));
  const actor = { orgUserId: rep.orgUserId, organisationId: organisation.id, requestId: 'test' };
  const result = await inTransaction(t.db, (trx) =>
    registerConnection(trx, ctx, actor, {
      name: 'Klientu sistēma',
      environment: 'production',
      jwk: JSON.stringify(key.jwk),
      keyExpiresOn: '2027-06-30',
      sourceAddresses: options.sourceAddresses ?? '',
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(Object.keys(result.errors)));
  const staff = await staffSession(t.db, clock, 'pmlp_officer');
  if (options.activate !== false) {
    await inTransaction(t.db, (trx) =>
      changeConnectionStatus(
        trx,
        ctx,
        { staffId: staff.staffId, requestId: 'test' },
        result.clientId,
        {
          action: 'activate',
        },
      ),
    );
  }
  const kid = await t.db
    .selectFrom('connection_keys')
    .innerJoin('connections', 'connections.id', 'connection_keys.connection_id')
    .select('connection_keys.kid')
    .where('connections.client_id', '=', result.clientId)
    .executeTakeFirstOrThrow();
  return {
    organisation,
    agreement,
    actor,
    staff,
    key,
    kid: kid.kid,
    clientId: result.clientId,
  };
}

function tokenRequest(
  fields: Record<string, string>,
  remoteAddress = '127.0.0.1',
  contentType = 'application/x-www-form-urlencoded',
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/oauth/token',
    remoteAddress,
    headers: { 'content-type': contentType, accept: 'application/json' },
    payload: new URLSearchParams(fields).toString(),
  });
}

function withAssertion(assertion: string) {
  return {
    grant_type: 'client_credentials',
    client_assertion_type: JWT_BEARER,
    client_assertion: assertion,
  };
}

async function askToken(
  c: { clientId: string },
  key: Key,
  claims: Partial<Parameters<typeof clientAssertion>[1]> = {},
  remoteAddress?: string,
) {
  const assertion = await clientAssertion(key, {
    clientId: c.clientId,
    audience: TOKEN_URL,
    now: clock.now(),
    ...claims,
  });
  return tokenRequest(withAssertion(assertion), remoteAddress);
}

function expectRefused(
  res: { statusCode: number; json(): unknown },
  status: number,
  code: string,
  oauthError: string,
) {
  expect({ status: res.statusCode, ...(res.json() as object) }).toMatchObject({
    status,
    code,
    error: oauthError,
  });
}

describe('the token endpoint', () => {
  it('gives an access token for a real signed assertion, and the data API check accepts it', async () => {
    const c = await activeConnection();
    const res = await askToken(c, c.key, { kid: c.kid });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json<{ access_token: string; token_type: string; expires_in: number }>();
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300 });
    const claims = await verifyAccessToken(body.access_token, verifyDeps());
    const connection = await t.db
      .selectFrom('connections')
      .select(['id', 'organisation_id'])
      .where('client_id', '=', c.clientId)
      .executeTakeFirstOrThrow();
    expect(claims).toEqual({
      clientId: c.clientId,
      connectionId: connection.id,
      organisationId: c.organisation.id,
      environment: 'production',
      agreementId: c.agreement.id,
    });
    const [, payload] = body.access_token.split('.');
    const decoded = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(decoded).toMatchObject({ sub: c.clientId, env: 'production', org: c.organisation.id });
    expect(Number(decoded.exp) - Number(decoded.iat)).toBe(300);
    const audit = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('actor_id', '=', c.clientId)
      .where('action', '=', 'connection.token_issued')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_type: 'system_client', channel: 'api' });
  });

  it('takes RSA, RSA-PSS, P-384 and Ed25519 keys, and a single live key without kid', async () => {
    for (const alg of ['RS256', 'PS256', 'ES384', 'EdDSA'] as const) {
      const key = await systemKey(alg);
      const c = await activeConnection({ key });
      const res = await askToken(c, key, { kid: null });
      expect(res.statusCode, alg).toBe(200);
    }
  });

  it('refuses expired, too long, wrong audience, wrong key, unknown kid and reused assertions', async () => {
    const c = await activeConnection();
    expectRefused(
      await askToken(c, c.key, { kid: c.kid, iatOffsetSeconds: -400 }),
      401,
      'assertion_expired',
      'invalid_client',
    );
    expectRefused(
      await askToken(c, c.key, { kid: c.kid, lifetimeSeconds: 600 }),
      401,
      'assertion_lifetime_too_long',
      'invalid_client',
    );
    expectRefused(
      await askToken(c, c.key, { kid: c.kid, audience: 'https://elsewhere.example/token' }),
      401,
      'assertion_audience_invalid',
      'invalid_client',
    );
    const stranger = await systemKey('ES256');
    expectRefused(
      await askToken(c, stranger, { kid: c.kid }),
      401,
      'assertion_signature_invalid',
      'invalid_client',
    );
    expectRefused(
      await askToken(c, c.key, { kid: 'no-such-kid' }),
      401,
      'key_unknown',
      'invalid_client',
    );
    expectRefused(
      await askToken(c, c.key, { kid: c.kid, jti: null }),
      401,
      'assertion_invalid',
      'invalid_client',
    );
    expectRefused(
      await askToken(c, c.key, { kid: c.kid, sub: 'rg-someone-else' }),
      401,
      'assertion_invalid',
      'invalid_client',
    );
    const once = await clientAssertion(c.key, {
      clientId: c.clientId,
      audience: TOKEN_URL,
      now: clock.now(),
      kid: c.kid,
    });
    expect((await tokenRequest(withAssertion(once))).statusCode).toBe(200);
    expectRefused(
      await tokenRequest(withAssertion(once)),
      401,
      'assertion_reused',
      'invalid_client',
    );
    const used = await t.db.selectFrom('client_assertions_used').selectAll().execute();
    expect(used.length).toBeGreaterThan(0);
  });

  it('refuses an unknown client, a bad grant and missing parameters with the OAuth error codes', async () => {
    const key = await systemKey('ES256');
    const unknown = await clientAssertion(key, {
      clientId: 'rg-00000000000000000000',
      audience: TOKEN_URL,
      now: clock.now(),
    });
    expectRefused(
      await tokenRequest(withAssertion(unknown)),
      401,
      'client_unknown',
      'invalid_client',
    );
    expectRefused(
      await tokenRequest({ ...withAssertion(unknown), grant_type: 'password' }),
      400,
      'grant_type_unsupported',
      'unsupported_grant_type',
    );
    expectRefused(
      await tokenRequest({ client_assertion: unknown, client_assertion_type: JWT_BEARER }),
      400,
      'token_request_invalid',
      'invalid_request',
    );
    expectRefused(
      await tokenRequest({ grant_type: 'client_credentials', client_assertion_type: JWT_BEARER }),
      400,
      'token_request_invalid',
      'invalid_request',
    );
    expectRefused(
      await tokenRequest({ ...withAssertion(unknown), client_assertion_type: 'password' }),
      400,
      'token_request_invalid',
      'invalid_request',
    );
    expectRefused(
      await tokenRequest(withAssertion('not.a.jwt')),
      401,
      'assertion_invalid',
      'invalid_client',
    );
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/oauth/token',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(withAssertion(unknown)),
    });
    expectRefused(json, 400, 'token_request_invalid', 'invalid_request');
  });

  it('refuses a connection not yet active, suspended, or whose agreement was terminated', async () => {
    const pending = await activeConnection({ activate: false });
    expectRefused(
      await askToken(pending, pending.key, { kid: pending.kid }),
      400,
      'connection_not_active',
      'unauthorized_client',
    );

    const c = await activeConnection();
    const res = await askToken(c, c.key, { kid: c.kid });
    const token = res.json<{ access_token: string }>().access_token;
    await verifyAccessToken(token, verifyDeps());
    await inTransaction(t.db, (trx) =>
      changeConnectionStatus(
        trx,
        ctx,
        { staffId: c.staff.staffId, requestId: 'test' },
        c.clientId,
        {
          action: 'suspend',
          reason: 'Drošības incidents',
        },
      ),
    );
    forgetConnection(c.clientId);
    expectRefused(
      await askToken(c, c.key, { kid: c.kid }),
      400,
      'connection_not_active',
      'unauthorized_client',
    );
    await expect(verifyAccessToken(token, verifyDeps())).rejects.toMatchObject({
      code: 'access_token_invalid',
    });

    const ended = await activeConnection();
    const before = await askToken(ended, ended.key, { kid: ended.kid });
    const endedToken = before.json<{ access_token: string }>().access_token;
    await terminateAgreement(t.db, ended.agreement.id, rigaDate(clock.now()));
    forgetConnection(ended.clientId);
    expectRefused(
      await askToken(ended, ended.key, { kid: ended.kid }),
      400,
      'agreement_not_in_force',
      'unauthorized_client',
    );
    await expect(verifyAccessToken(endedToken, verifyDeps())).rejects.toBeInstanceOf(AppError);
  });

  it('takes requests only from the fixed source addresses, when the connection has them', async () => {
    const c = await activeConnection({ sourceAddresses: '198.51.100.0/24\n2001:db8::1' });
    expect((await askToken(c, c.key, { kid: c.kid }, '198.51.100.17')).statusCode).toBe(200);
    expect((await askToken(c, c.key, { kid: c.kid }, '2001:db8::1')).statusCode).toBe(200);
    expectRefused(
      await askToken(c, c.key, { kid: c.kid }, '203.0.113.5'),
      401,
      'source_address_not_allowed',
      'invalid_client',
    );
  });

  it('keeps the old key working beside a new one until the old is retired', async () => {
    const c = await activeConnection();
    const next = await systemKey('ES256', { kid: 'atslega-2027' });
    const added = await inTransaction(t.db, (trx) =>
      addConnectionKey(trx, ctx, c.actor, c.clientId, {
        jwk: JSON.stringify(next.jwk),
        keyExpiresOn: '2027-11-01',
      }),
    );
    expect(added).toEqual({ ok: true, kid: 'atslega-2027' });
    expect((await askToken(c, c.key, { kid: c.kid })).statusCode).toBe(200);
    expect((await askToken(c, next, { kid: 'atslega-2027' })).statusCode).toBe(200);
    // With two live keys the kid is needed to choose.
    expectRefused(await askToken(c, next, { kid: null }), 401, 'key_unknown', 'invalid_client');
    const oldKey = await t.db
      .selectFrom('connection_keys')
      .select('id')
      .where('kid', '=', c.kid)
      .executeTakeFirstOrThrow();
    await inTransaction(t.db, (trx) =>
      retireConnectionKey(trx, ctx, c.actor, c.clientId, oldKey.id),
    );
    expectRefused(await askToken(c, c.key, { kid: c.kid }), 401, 'key_unknown', 'invalid_client');
    expect((await askToken(c, next, { kid: null })).statusCode).toBe(200);
    const newKey = await t.db
      .selectFrom('connection_keys')
      .select('id')
      .where('kid', '=', 'atslega-2027')
      .executeTakeFirstOrThrow();
    await expect(
      inTransaction(t.db, (trx) => retireConnectionKey(trx, ctx, c.actor, c.clientId, newKey.id)),
    ).rejects.toMatchObject({ code: 'last_key' });
    const again = await inTransaction(t.db, (trx) =>
      addConnectionKey(trx, ctx, c.actor, c.clientId, {
        jwk: JSON.stringify(next.jwk),
        keyExpiresOn: '2027-11-01',
      }),
    );
    expect(again.ok ? null : again.errors.jwk?.definition.code).toBe('kid_taken');
  });

  it('refuses a forged or expired access token', async () => {
    const c = await activeConnection();
    const token = (await askToken(c, c.key, { kid: c.kid })).json<{ access_token: string }>()
      .access_token;
    const [h, p, s] = token.split('.');
    const forged = `${h ?? ''}.${Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(p ?? '', 'base64url').toString()), org: 1 }),
    ).toString('base64url')}.${s ?? ''}`;
    await expect(verifyAccessToken(forged, verifyDeps())).rejects.toMatchObject({
      code: 'access_token_invalid',
    });
    const later = { now: () => new Date(clock.at + 301_000) };
    await expect(
      verifyAccessToken(token, { db: t.db, config, clock: later }),
    ).rejects.toMatchObject({ code: 'access_token_invalid' });
  });

  it('limits requests per client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 121; i += 1) {
      statuses.push((await tokenRequest({ grant_type: 'password' }, '192.0.2.99')).statusCode);
    }
    expect(statuses.slice(0, 120).every((s) => s === 400)).toBe(true);
    const limited = await tokenRequest({ grant_type: 'password' }, '192.0.2.99');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'rate_limited' });
    // Another address is not held back by that one.
    expect((await tokenRequest({ grant_type: 'password' }, '192.0.2.100')).statusCode).toBe(400);
  });

  it('is documented in the OpenAPI document, and the pages are not', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json<{ paths: Record<string, Record<string, { tags?: string[] }>> }>();
    expect(doc.paths['/api/v1/oauth/token']?.post?.tags).toEqual(['OAuth 2']);
    expect(Object.keys(doc.paths).filter((p) => p.includes('savienojumi'))).toEqual([]);
  });
});
