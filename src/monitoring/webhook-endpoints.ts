import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { Config } from '../config.ts';
import type { Db } from '../database.ts';
import { connectionDetails } from '../identity/service.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { hashToken } from '../platform/crypto/token-hash.ts';
import { AppError } from '../platform/errors.ts';
import type { Clock } from '../platform/time/riga.ts';
import { webhookErrors } from './webhook-errors.ts';
import {
  addressAllowed,
  bareHost,
  loopbackHttpAllowed,
  systemLookup,
  type HostLookup,
} from './webhook-address.ts';
import { newSecretBytes, openSecret, sealSecret, secretText } from './webhook-signing.ts';
import {
  endpointOfConnection,
  eventAt,
  firstFailedSince,
  insertEndpoint,
  insertResend,
  insertSecret,
  lastEventSeq,
  latestAttempts,
  reenableEndpoint,
  retireSecrets,
  rewindCursor,
  setEndpointUrl,
  takeRevealedSecret,
  type AttemptRow,
  type EndpointRow,
} from './webhook-store.ts';

/** A rotated-out secret keeps signing this long, so receivers can switch without a gap. */
export const ROTATION_OVERLAP_MS = 24 * 3600_000;
/** The page that asked for a new secret must show it within this time, once. */
const REVEAL_MS = 10 * 60_000;
const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

export interface WebhookDeps {
  envelope: Envelope;
  clock: Clock;
  mode: Config['mode'];
  /** Resolves the address's host when it is saved (tests give their own answers). */
  lookup?: HostLookup;
}

export interface WebhookActor {
  organisationId: number;
  orgUserId: number;
}

/** An HTTPS address; plain http only to this machine outside production. */
export function checkEndpointUrl(text: string, mode: Config['mode']): string {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new AppError(webhookErrors.webhook_url_invalid);
  }
  if (trimmed.length > 2000 || url.hostname === '') {
    throw new AppError(webhookErrors.webhook_url_invalid);
  }
  if (url.username !== '' || url.password !== '') {
    throw new AppError(webhookErrors.webhook_url_credentials);
  }
  const localHttp = loopbackHttpAllowed(url.protocol, mode) && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !localHttp) {
    throw new AppError(webhookErrors.webhook_url_not_https);
  }
  url.hash = '';
  return url.toString();
}

/**
 * Refuses an address whose host is, or resolves to, an address that is not public (private,
 * loopback, link-local, multicast, reserved; IPv4 and IPv6). A name that does not resolve yet is
 * accepted: every connection checks the address again after resolving it (docs/decisions/0022).
 */
export async function checkEndpointHost(
  urlText: string,
  mode: Config['mode'],
  lookup: HostLookup = systemLookup,
): Promise<void> {
  const url = new URL(urlText);
  const host = bareHost(url.hostname);
  let addresses: string[];
  if (isIP(host) !== 0) addresses = [host];
  else if (host === 'localhost') addresses = ['127.0.0.1'];
  else {
    try {
      addresses = (await lookup(host)).map((a) => a.address);
    } catch {
      return;
    }
  }
  if (addresses.some((address) => !addressAllowed(address, url.protocol, mode))) {
    throw new AppError(webhookErrors.webhook_url_private_address);
  }
}

async function connectionOf(db: Db, actor: WebhookActor, clientId: string, now: Date) {
  return (await connectionDetails(db, clientId, now, actor.organisationId)).connection;
}

async function ownEndpoint(db: Db, actor: WebhookActor, clientId: string, now: Date) {
  const connection = await connectionOf(db, actor, clientId, now);
  const endpoint = await endpointOfConnection(db, connection.id);
  if (endpoint === null) throw new AppError(webhookErrors.webhook_not_configured);
  return endpoint;
}

/** A new secret, sealed; returns the one-time token under which the page may show it. */
async function addSecret(trx: Db, deps: WebhookDeps, endpointId: number): Promise<string> {
  const now = deps.clock.now();
  const reveal = randomBytes(24).toString('base64url');
  await insertSecret(trx, {
    endpointId,
    sealed: sealSecret(deps.envelope, endpointId, newSecretBytes()),
    revealHash: hashToken(reveal),
    revealUntil: new Date(now.getTime() + REVEAL_MS),
    now,
  });
  return reveal;
}

/**
 * Sets the connection's endpoint address. A new endpoint gets its secret (to be shown once) and
 * starts with the events made from now on; a changed address keeps its cursor and secret.
 */
export async function saveWebhookEndpoint(
  trx: Db,
  deps: WebhookDeps,
  actor: WebhookActor,
  clientId: string,
  urlText: string,
): Promise<{ reveal: string | null }> {
  const now = deps.clock.now();
  const connection = await connectionOf(trx, actor, clientId, now);
  const url = checkEndpointUrl(urlText, deps.mode);
  await checkEndpointHost(url, deps.mode, deps.lookup);
  const existing = await endpointOfConnection(trx, connection.id);
  if (existing !== null) {
    await setEndpointUrl(trx, existing.id, url);
    return { reveal: null };
  }
  const endpointId = await insertEndpoint(trx, {
    connectionId: connection.id,
    organisationId: connection.organisation_id,
    environment: connection.environment,
    url,
    deliveredSeq: await lastEventSeq(trx, connection.organisation_id, connection.environment),
    now,
  });
  return { reveal: await addSecret(trx, deps, endpointId) };
}

/** A new secret; the ones before it keep signing for the overlap. */
export async function rotateWebhookSecret(
  trx: Db,
  deps: WebhookDeps,
  actor: WebhookActor,
  clientId: string,
): Promise<{ reveal: string }> {
  const endpoint = await ownEndpoint(trx, actor, clientId, deps.clock.now());
  await retireSecrets(trx, endpoint.id, new Date(deps.clock.now().getTime() + ROTATION_OVERLAP_MS));
  return { reveal: await addSecret(trx, deps, endpoint.id) };
}

/** The secret in its `whsec_` form, if the token is the page's and not yet spent. */
export async function revealWebhookSecret(
  trx: Db,
  deps: WebhookDeps,
  actor: WebhookActor,
  clientId: string,
  reveal: string,
): Promise<string | null> {
  const endpoint = await ownEndpoint(trx, actor, clientId, deps.clock.now());
  const row = await takeRevealedSecret(trx, endpoint.id, hashToken(reveal), deps.clock.now());
  return row === null ? null : secretText(openSecret(deps.envelope, endpoint.id, row.sealed));
}

export async function reenableWebhookEndpoint(
  trx: Db,
  deps: WebhookDeps,
  actor: WebhookActor,
  clientId: string,
): Promise<void> {
  const endpoint = await ownEndpoint(trx, actor, clientId, deps.clock.now());
  if (!(await reenableEndpoint(trx, endpoint.id, deps.clock.now()))) {
    throw new AppError(webhookErrors.webhook_not_disabled);
  }
}

/** Sends one event again, on its own, ahead of the stream. */
export async function redeliverWebhookEvent(
  trx: Db,
  deps: WebhookDeps,
  actor: WebhookActor,
  clientId: string,
  seq: number,
): Promise<void> {
  const endpoint = await ownEndpoint(trx, actor, clientId, deps.clock.now());
  const event = await eventAt(trx, endpoint.organisation_id, endpoint.environment, seq);
  if (event === null) throw new AppError(webhookErrors.webhook_event_not_found);
  await insertResend(trx, {
    endpointId: endpoint.id,
    seq,
    requestedBy: `user:${String(actor.orgUserId)}`,
    now: deps.clock.now(),
  });
}

/**
 * Sends again, in order, every event from the first one whose delivery failed at or after
 * `since`; returns that event's sequence, or null when nothing failed since then.
 */
export async function redeliverFailedSince(
  trx: Db,
  deps: WebhookDeps,
  actor: WebhookActor,
  clientId: string,
  since: Date,
): Promise<number | null> {
  const now = deps.clock.now();
  if (since.getTime() > now.getTime()) throw new AppError(webhookErrors.webhook_since_invalid);
  const endpoint = await ownEndpoint(trx, actor, clientId, now);
  const first = await firstFailedSince(trx, endpoint.id, since);
  if (first !== null) await rewindCursor(trx, endpoint.id, first, now);
  return first;
}

export interface WebhookOverview {
  clientId: string;
  connectionName: string;
  endpoint: EndpointRow | null;
  lastEventSeq: number;
  attempts: AttemptRow[];
}

/** What the connection's webhook page shows. */
export async function webhookOverview(
  db: Db,
  deps: Pick<WebhookDeps, 'clock'>,
  actor: WebhookActor,
  clientId: string,
): Promise<WebhookOverview> {
  const connection = await connectionOf(db, actor, clientId, deps.clock.now());
  const endpoint = await endpointOfConnection(db, connection.id);
  return {
    clientId: connection.client_id,
    connectionName: connection.name,
    endpoint,
    lastEventSeq: await lastEventSeq(db, connection.organisation_id, connection.environment),
    attempts: endpoint === null ? [] : await latestAttempts(db, endpoint, 50),
  };
}
