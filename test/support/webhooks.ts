import pino from 'pino';
import { expect } from 'vitest';
import type { Db } from '../../src/database.ts';
import { createDeliverer, type HostLookup, type SendLimits } from '../../src/monitoring/service.ts';
import { createEnvelope } from '../../src/platform/crypto/envelope.ts';
import type { App } from '../../src/platform/http/app-type.ts';
import type { Clock } from '../../src/platform/time/riga.ts';
import type { Config } from '../../src/config.ts';
import { noNameResolves } from './app.ts';
import { orgUserSession } from './organisations.ts';
import { connectedSystem } from './system-client.ts';
import { freshFormFields } from './forms.ts';

export interface AppUnderTest {
  app: App;
  db: Db;
  config: Config;
}

/**
 * Shorter than production's 15 s so a hanging receiver does not hold a test up (the hang test sets
 * its own 500 ms), yet long enough that a receiver on a busy CI machine answers within it.
 */
export const FAST_LIMITS: SendLimits = {
  timeoutMs: 5000,
  maxResponseBytes: 64 * 1024,
  excerptBytes: 1024,
};

/** A delivering worker as the worker role runs it, with a short time limit for tests. */
export function testDeliverer(
  t: AppUnderTest,
  clock: Clock,
  options: {
    limits?: SendLimits;
    leaseMs?: number;
    eventsPerClaim?: number;
    endpoints?: number;
    pollMs?: number;
    lookup?: HostLookup;
    mode?: Config['mode'];
  } = {},
) {
  return createDeliverer({
    db: t.db,
    envelope: createEnvelope(t.config.secrets.encryptionKey),
    clock,
    publicUrl: t.config.publicUrl,
    log: pino({ level: 'silent' }),
    mode: options.mode ?? t.config.mode,
    lookup: options.lookup ?? noNameResolves,
    limits: options.limits ?? FAST_LIMITS,
    ...(options.leaseMs === undefined ? {} : { leaseMs: options.leaseMs }),
    ...(options.eventsPerClaim === undefined ? {} : { eventsPerClaim: options.eventsPerClaim }),
    ...(options.endpoints === undefined ? {} : { endpoints: options.endpoints }),
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
  });
}

export function webhookPath(clientId: string, tail = ''): string {
  return `/organizacijas/savienojumi/${clientId}/webhook${tail}`;
}

export function postForm(
  t: AppUnderTest,
  url: string,
  who: { cookie: string; csrf: string },
  fields: Record<string, string>,
  accept = 'text/html',
) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      accept,
      cookie: who.cookie,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: new URLSearchParams({ ...fields, ...freshFormFields(who.csrf) }).toString(),
  });
}

/** Follows a form's 303 to the page, as a browser does; answers the page. */
export async function followForm(
  t: AppUnderTest,
  url: string,
  who: { cookie: string; csrf: string },
  fields: Record<string, string>,
) {
  const res = await postForm(t, url, who, fields);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
  const page = await t.app.inject({
    method: 'GET',
    url: res.headers.location ?? '',
    headers: { accept: 'text/html', cookie: who.cookie },
  });
  expect(page.statusCode).toBe(200);
  return page.body;
}

export function secretIn(html: string): string {
  const secret = /(whsec_[A-Za-z0-9+/=]+)/.exec(html)?.[1];
  if (secret === undefined) throw new Error('no secret on the page');
  return secret;
}

/**
 * An organisation with an active test-environment connection, its representative, and a
 * webhook endpoint at `url` set up on the page; answers the secret the page showed once.
 */
export async function organisationWithWebhook(t: AppUnderTest, clock: Clock, url: string) {
  const system = await connectedSystem(t, clock, { environment: 'test' });
  const rep = await orgUserSession(t.db, clock, { organisationId: system.organisation.id });
  const page = await followForm(t, webhookPath(system.clientId), rep, { url });
  return {
    organisationId: system.organisation.id,
    clientId: system.clientId,
    rep,
    secret: secretIn(page),
    stream: { organisationId: system.organisation.id, environment: 'test' as const },
  };
}

export async function endpointRow(db: Db, organisationId: number) {
  return db
    .selectFrom('monitoring_webhook_endpoints')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
}

export async function attemptsOf(db: Db, endpointId: number) {
  return db
    .selectFrom('monitoring_webhook_attempts')
    .selectAll()
    .where('endpoint_id', '=', endpointId)
    .orderBy('started_at')
    .orderBy('seq')
    .execute();
}

/** A clock the tests move, starting now: receivers check timestamps against the real time. */
export function clockFromNow(): Clock & { at: number; advance(ms: number): void } {
  return {
    at: Date.now(),
    now(): Date {
      return new Date(this.at);
    },
    advance(ms: number): void {
      this.at += ms;
    },
  };
}
