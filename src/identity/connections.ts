import { randomBytes } from 'node:crypto';
import { agreementsInForce, lockAgreementById, type Environment } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { AppError, type ErrorDefinition, type ErrorDetails } from '../platform/errors.ts';
import { rigaDate, rigaDayStart, type Clock } from '../platform/time/riga.ts';
import { connectionErrors } from './connection-errors.ts';
import { mailConnectionEvent } from './connection-mail.ts';
import {
  changeStatus,
  countConnections,
  findConnection,
  insertConnection,
  insertKey,
  liveKeysOf,
  retireKey,
  type ConnectionRow,
} from './connection-store.ts';
import { parseSourceAddresses } from './source-addresses.ts';
import { parsePublicJwk, type PublicJwk } from './system-client-keys.ts';

/**
 * The rules of system connections: an organisation's representative registers a connection to an
 * environment its agreement grants, with a public key; PMLP staff activate, suspend and restore
 * it; the organisation rotates keys with an overlap. Every change is audited and mailed to the
 * organisation, in the transaction of the change.
 */

export const ENVIRONMENTS: readonly Environment[] = ['test', 'production'];
/** Keys are warned about, and pages flag them, this long before they expire. */
export const KEY_EXPIRY_WARNING_DAYS = 30;
const MAX_KEY_YEARS = 2;
const MAX_NAME = 100;
const MAX_REASON = 1000;

export interface FieldError {
  definition: ErrorDefinition;
  details?: ErrorDetails;
}
export type FieldErrors = Record<string, FieldError>;

export interface OrgActor {
  orgUserId: number;
  organisationId: number;
  requestId: string;
}

export interface StaffActor {
  staffId: number;
  requestId: string;
}

export interface RuleContext {
  clock: Clock;
  publicUrl: string;
}

export interface ConnectionForm {
  name: string;
  environment: string;
  jwk: string;
  keyExpiresOn: string;
  sourceAddresses: string;
}

export interface KeyForm {
  jwk: string;
  keyExpiresOn: string;
}

/** The environments the organisation's agreements in force grant today. */
export async function agreedEnvironments(
  db: Db,
  organisationId: number,
  now: Date,
): Promise<Environment[]> {
  const agreements = await agreementsInForce(db, organisationId, rigaDate(now));
  return ENVIRONMENTS.filter((env) => agreements.some((a) => a.environments.includes(env)));
}

/** Adds days to an ISO date; the arithmetic is done at noon UTC, away from any day's edge. */
function addDays(isoDay: string, days: number): string {
  const at = new Date(`${isoDay}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** A key "valid until" a day is accepted through the end of that day in Riga. */
function keyExpiry(isoDay: string, now: Date): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay) || Number.isNaN(Date.parse(`${isoDay}T00:00:00Z`))) {
    return null;
  }
  if (new Date(`${isoDay}T00:00:00Z`).toISOString().slice(0, 10) !== isoDay) return null;
  const today = rigaDate(now);
  const latest = `${String(Number(today.slice(0, 4)) + MAX_KEY_YEARS)}${today.slice(4)}`;
  if (isoDay <= today || isoDay > latest) return null;
  return rigaDayStart(addDays(isoDay, 1));
}

async function checkKey(
  form: KeyForm,
  now: Date,
  errors: FieldErrors,
): Promise<{ jwk: PublicJwk; expiresAt: Date } | null> {
  const parsed = await parsePublicJwk(form.jwk.trim());
  if (!parsed.ok) errors.jwk = { definition: parsed.error };
  const expiresAt = keyExpiry(form.keyExpiresOn.trim(), now);
  if (expiresAt === null) errors.keyExpiresOn = { definition: connectionErrors.key_expiry_invalid };
  return parsed.ok && expiresAt !== null ? { jwk: parsed.jwk, expiresAt } : null;
}

function newClientId(): string {
  return `rg-${randomBytes(10).toString('hex')}`; // see CLIENT_ID_PATTERN
}

/**
 * Registers a connection (status pending) with its first key. Answers the field errors instead
 * when the form is not right; then nothing is stored.
 */
export async function registerConnection(
  trx: Db,
  ctx: RuleContext,
  actor: OrgActor,
  form: ConnectionForm,
): Promise<{ ok: true; clientId: string } | { ok: false; errors: FieldErrors }> {
  const now = ctx.clock.now();
  const errors: FieldErrors = {};
  const name = form.name.trim();
  if (name === '' || name.length > MAX_NAME) {
    errors.name = { definition: connectionErrors.connection_name_missing };
  }
  const agreements = await agreementsInForce(trx, actor.organisationId, rigaDate(now));
  const agreement = agreements
    .filter((a) => (a.environments as string[]).includes(form.environment))
    .at(-1);
  if (agreement === undefined) {
    errors.environment = { definition: connectionErrors.environment_not_agreed };
  }
  const key = await checkKey(form, now, errors);
  const addresses = parseSourceAddresses(form.sourceAddresses);
  if (!addresses.ok) {
    errors.sourceAddresses = {
      definition: connectionErrors.source_address_invalid,
      details: { address: addresses.invalid },
    };
  }
  if (Object.keys(errors).length > 0 || agreement === undefined || key === null || !addresses.ok) {
    return { ok: false, errors };
  }
  const environment = form.environment as Environment;
  await lockAgreementById(trx, agreement.agreementId);
  const count = await countConnections(trx, actor.organisationId, environment);
  if (count >= agreement.systemConnections) {
    return {
      ok: false,
      errors: {
        environment: {
          definition: connectionErrors.connection_limit_reached,
          details: { limit: agreement.systemConnections },
        },
      },
    };
  }
  const clientId = newClientId();
  const connectionId = await insertConnection(trx, {
    organisationId: actor.organisationId,
    agreementId: agreement.agreementId,
    clientId,
    environment,
    name,
    sourceAddresses: addresses.addresses,
    createdAt: now,
  });
  await insertKey(trx, { connectionId, jwk: key.jwk, expiresAt: key.expiresAt, addedAt: now });
  await appendAudit(trx, {
    actorType: 'org_user',
    actorId: String(actor.orgUserId),
    organisationId: actor.organisationId,
    subjectPersonId: null,
    action: 'connection.registered',
    channel: 'browser',
    environment,
    reason: clientId,
    requestId: actor.requestId,
  });
  await mailConnectionEvent(
    trx,
    { organisation_id: actor.organisationId, client_id: clientId, name },
    { kind: 'registered' },
    ctx.publicUrl,
  );
  return { ok: true, clientId };
}

async function ownConnection(trx: Db, actor: OrgActor, clientId: string): Promise<ConnectionRow> {
  const connection = await findConnection(trx, clientId, actor.organisationId, {
    forUpdate: true,
  });
  if (connection === null) throw new AppError(connectionErrors.connection_not_found);
  return connection;
}

/** Rotation: a new key works at once, beside the old ones, until those are retired. */
export async function addConnectionKey(
  trx: Db,
  ctx: RuleContext,
  actor: OrgActor,
  clientId: string,
  form: KeyForm,
): Promise<{ ok: true; kid: string } | { ok: false; errors: FieldErrors }> {
  const now = ctx.clock.now();
  const connection = await ownConnection(trx, actor, clientId);
  const errors: FieldErrors = {};
  const key = await checkKey(form, now, errors);
  if (key === null) return { ok: false, errors };
  const keyId = await insertKey(trx, {
    connectionId: connection.id,
    jwk: key.jwk,
    expiresAt: key.expiresAt,
    addedAt: now,
  });
  if (keyId === null) {
    return {
      ok: false,
      errors: { jwk: { definition: connectionErrors.kid_taken, details: { kid: key.jwk.kid } } },
    };
  }
  await appendAudit(trx, {
    actorType: 'org_user',
    actorId: String(actor.orgUserId),
    organisationId: actor.organisationId,
    subjectPersonId: null,
    action: 'connection.key_added',
    channel: 'browser',
    environment: connection.environment,
    reason: `${clientId} ${key.jwk.kid}`,
    requestId: actor.requestId,
  });
  await mailConnectionEvent(
    trx,
    connection,
    { kind: 'key_added', kid: key.jwk.kid, expiresAt: key.expiresAt },
    ctx.publicUrl,
  );
  return { ok: true, kid: key.jwk.kid };
}

/** Retires a key; the connection must keep another live key, or it could not sign in at all. */
export async function retireConnectionKey(
  trx: Db,
  ctx: RuleContext,
  actor: OrgActor,
  clientId: string,
  keyId: number,
): Promise<void> {
  const now = ctx.clock.now();
  // Locked, so two retirements at once cannot both leave the other key as "the one remaining".
  const connection = await ownConnection(trx, actor, clientId);
  const live = await liveKeysOf(trx, connection.id, now);
  if (!live.some((k) => k.id === keyId)) {
    throw new AppError(connectionErrors.connection_key_not_found);
  }
  if (live.length <= 1) throw new AppError(connectionErrors.last_key);
  const retired = await retireKey(trx, connection.id, keyId, now);
  if (retired === null) throw new AppError(connectionErrors.connection_key_not_found);
  await appendAudit(trx, {
    actorType: 'org_user',
    actorId: String(actor.orgUserId),
    organisationId: actor.organisationId,
    subjectPersonId: null,
    action: 'connection.key_retired',
    channel: 'browser',
    environment: connection.environment,
    reason: `${clientId} ${retired.kid}`,
    requestId: actor.requestId,
  });
  await mailConnectionEvent(
    trx,
    connection,
    { kind: 'key_retired', kid: retired.kid },
    ctx.publicUrl,
  );
}

type StaffChange =
  { action: 'activate' } | { action: 'suspend'; reason: string } | { action: 'restore' };

/**
 * PMLP moves a connection: pending → active, active → suspended (with a reason), suspended →
 * active. The caller forgets the connection's cached status after commit (forgetConnection).
 */
export async function changeConnectionStatus(
  trx: Db,
  ctx: RuleContext,
  actor: StaffActor,
  clientId: string,
  change: StaffChange,
): Promise<ConnectionRow> {
  const now = ctx.clock.now();
  const connection = await findConnection(trx, clientId);
  if (connection === null) throw new AppError(connectionErrors.connection_not_found);
  let moved: boolean;
  if (change.action === 'activate') {
    moved = await changeStatus(trx, connection.id, 'pending', {
      status: 'active',
      activatedAt: now,
    });
  } else if (change.action === 'suspend') {
    const reason = change.reason.trim();
    if (reason === '' || reason.length > MAX_REASON) {
      throw new AppError(connectionErrors.suspension_reason_missing);
    }
    moved = await changeStatus(trx, connection.id, 'active', {
      status: 'suspended',
      suspendedAt: now,
      suspensionReason: reason,
    });
  } else {
    moved = await changeStatus(trx, connection.id, 'suspended', {
      status: 'active',
      suspendedAt: null,
      suspensionReason: null,
    });
  }
  if (!moved) {
    throw new AppError(connectionErrors.connection_status_conflict, { status: connection.status });
  }
  const action =
    change.action === 'activate'
      ? 'activated'
      : change.action === 'suspend'
        ? 'suspended'
        : 'restored';
  await appendAudit(trx, {
    actorType: 'staff',
    actorId: String(actor.staffId),
    organisationId: connection.organisation_id,
    subjectPersonId: null,
    action: `connection.${action}`,
    channel: 'backoffice',
    environment: connection.environment,
    reason: change.action === 'suspend' ? `${clientId}: ${change.reason.trim()}` : clientId,
    requestId: actor.requestId,
  });
  await mailConnectionEvent(
    trx,
    connection,
    change.action === 'suspend'
      ? { kind: 'suspended', reason: change.reason.trim() }
      : { kind: action as 'activated' | 'restored' },
    ctx.publicUrl,
  );
  return connection;
}

/** client_ids are `rg-` and 20 hex digits; routes refuse anything else before any lookup. */
export const CLIENT_ID_PATTERN = '^rg-[0-9a-f]{20}$';
