import { sql } from 'kysely';
import type { Environment } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import type { PublicJwk } from './system-client-keys.ts';
import type { ConnectionStatus } from './tables.ts';

/** Kysely queries about connections and their keys; the rules live in connections.ts. */

export interface ConnectionRow {
  id: number;
  organisation_id: number;
  agreement_id: number;
  client_id: string;
  environment: Environment;
  name: string;
  status: ConnectionStatus;
  source_addresses: string[];
  activated_at: Date | null;
  suspended_at: Date | null;
  suspension_reason: string | null;
  created_at: Date;
}

export interface KeyRow {
  id: number;
  connection_id: number;
  kid: string;
  public_jwk: PublicJwk;
  expires_at: Date;
  retired_at: Date | null;
  expiry_warned_at: Date | null;
  added_at: Date;
}

const CONNECTION_COLUMNS = [
  'connections.id',
  'connections.organisation_id',
  'connections.agreement_id',
  'connections.client_id',
  'connections.environment',
  'connections.name',
  'connections.status',
  'connections.source_addresses',
  'connections.activated_at',
  'connections.suspended_at',
  'connections.suspension_reason',
  'connections.created_at',
] as const;

/** jsonb comes back parsed from both drivers; a string means it was stored as JSON text. */
function toKeyRow(row: Omit<KeyRow, 'public_jwk'> & { public_jwk: unknown }): KeyRow {
  const jwk: unknown =
    typeof row.public_jwk === 'string' ? JSON.parse(row.public_jwk) : row.public_jwk;
  return { ...row, public_jwk: jwk as PublicJwk };
}

export async function countConnections(
  db: Db,
  organisationId: number,
  environment: Environment,
): Promise<number> {
  const row = await db
    .selectFrom('connections')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('environment', '=', environment)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertConnection(
  db: Db,
  values: {
    organisationId: number;
    agreementId: number;
    clientId: string;
    environment: Environment;
    name: string;
    sourceAddresses: string[];
    createdAt: Date;
  },
): Promise<number> {
  const row = await db
    .insertInto('connections')
    .values({
      organisation_id: values.organisationId,
      agreement_id: values.agreementId,
      client_id: values.clientId,
      environment: values.environment,
      name: values.name,
      status: 'pending',
      source_addresses: values.sourceAddresses,
      activated_at: null,
      suspended_at: null,
      suspension_reason: null,
      created_at: values.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds a key; answers null when the connection already has one with this kid. */
export async function insertKey(
  db: Db,
  values: { connectionId: number; jwk: PublicJwk; expiresAt: Date; addedAt: Date },
): Promise<number | null> {
  const row = await db
    .insertInto('connection_keys')
    .values({
      connection_id: values.connectionId,
      kid: values.jwk.kid,
      public_jwk: JSON.stringify(values.jwk),
      expires_at: values.expiresAt,
      retired_at: null,
      expiry_warned_at: null,
      added_at: values.addedAt,
    })
    .onConflict((oc) => oc.columns(['connection_id', 'kid']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A connection by client_id; with an organisation, only if it is that organisation's. */
export async function findConnection(
  db: Db,
  clientId: string,
  organisationId?: number,
  options: { forUpdate?: boolean } = {},
): Promise<ConnectionRow | null> {
  let query = db
    .selectFrom('connections')
    .select(CONNECTION_COLUMNS)
    .where('client_id', '=', clientId);
  if (organisationId !== undefined) query = query.where('organisation_id', '=', organisationId);
  if (options.forUpdate === true) query = query.forUpdate();
  return (await query.executeTakeFirst()) ?? null;
}

export async function connectionsOf(db: Db, organisationId: number): Promise<ConnectionRow[]> {
  return db
    .selectFrom('connections')
    .select(CONNECTION_COLUMNS)
    .where('organisation_id', '=', organisationId)
    .orderBy('id')
    .execute();
}

export interface StaffConnectionRow extends ConnectionRow {
  organisation_name: string;
  registration_number: string;
}

/** Every connection for the back office, pending first, each with its organisation's name. */
export async function allConnections(
  db: Db,
  status: ConnectionStatus | null,
): Promise<StaffConnectionRow[]> {
  let query = db
    .selectFrom('connections')
    .innerJoin('organisations', 'organisations.id', 'connections.organisation_id')
    .select([
      ...CONNECTION_COLUMNS,
      'organisations.name as organisation_name',
      'organisations.registration_number',
    ]);
  if (status !== null) query = query.where('connections.status', '=', status);
  return query
    .orderBy(sql`case connections.status when 'pending' then 0 else 1 end`)
    .orderBy('connections.id', 'desc')
    .limit(500)
    .execute();
}

export async function keysOf(db: Db, connectionIds: readonly number[]): Promise<KeyRow[]> {
  if (connectionIds.length === 0) return [];
  const rows = await db
    .selectFrom('connection_keys')
    .selectAll()
    .where('connection_id', 'in', connectionIds)
    .orderBy('id')
    .execute();
  return rows.map(toKeyRow);
}

/** Keys neither retired nor expired at `now`. */
export async function liveKeysOf(db: Db, connectionId: number, now: Date): Promise<KeyRow[]> {
  const rows = await db
    .selectFrom('connection_keys')
    .selectAll()
    .where('connection_id', '=', connectionId)
    .where('retired_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('id')
    .execute();
  return rows.map(toKeyRow);
}

export async function retireKey(
  db: Db,
  connectionId: number,
  keyId: number,
  at: Date,
): Promise<KeyRow | null> {
  const row = await db
    .updateTable('connection_keys')
    .set({ retired_at: at })
    .where('id', '=', keyId)
    .where('connection_id', '=', connectionId)
    .where('retired_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  return row === undefined ? null : toKeyRow(row);
}

/** Moves a connection from one status to another; null when it was not in `from`. */
export async function changeStatus(
  db: Db,
  connectionId: number,
  from: ConnectionStatus,
  change: {
    status: ConnectionStatus;
    activatedAt?: Date;
    suspendedAt?: Date | null;
    suspensionReason?: string | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('connections')
    .set({
      status: change.status,
      ...(change.activatedAt === undefined ? {} : { activated_at: change.activatedAt }),
      ...(change.suspendedAt === undefined ? {} : { suspended_at: change.suspendedAt }),
      ...(change.suspensionReason === undefined
        ? {}
        : { suspension_reason: change.suspensionReason }),
    })
    .where('id', '=', connectionId)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records a client assertion's jti; false when it was used before (the key is unique). */
export async function useAssertion(
  db: Db,
  connectionId: number,
  jti: string,
  expiresAt: Date,
): Promise<boolean> {
  const row = await db
    .insertInto('client_assertions_used')
    .values({ connection_id: connectionId, jti, expires_at: expiresAt })
    .onConflict((oc) => oc.columns(['connection_id', 'jti']).doNothing())
    .returning('jti')
    .executeTakeFirst();
  return row !== undefined;
}

/** Forgets jtis whose assertions can no longer be presented: they would be refused as expired. */
export async function forgetExpiredAssertions(
  db: Db,
  connectionId: number,
  now: Date,
): Promise<void> {
  await db
    .deleteFrom('client_assertions_used')
    .where('connection_id', '=', connectionId)
    .where('expires_at', '<', now)
    .execute();
}

export interface ExpiringKeyRow {
  key_id: number;
  kid: string;
  expires_at: Date;
  client_id: string;
  connection_name: string;
  environment: Environment;
  organisation_id: number;
  organisation_name: string;
  organisation_email: string;
}

/**
 * Live keys expiring before `until` that nobody was warned about, marked warned in the same
 * statement: two workers running the check at once warn about each key once.
 */
export async function claimKeysToWarn(db: Db, now: Date, until: Date): Promise<ExpiringKeyRow[]> {
  const claimed = await db
    .updateTable('connection_keys')
    .set({ expiry_warned_at: now })
    .where('retired_at', 'is', null)
    .where('expiry_warned_at', 'is', null)
    .where('expires_at', '>', now)
    .where('expires_at', '<=', until)
    .returning(['id'])
    .execute();
  if (claimed.length === 0) return [];
  return db
    .selectFrom('connection_keys')
    .innerJoin('connections', 'connections.id', 'connection_keys.connection_id')
    .innerJoin('organisations', 'organisations.id', 'connections.organisation_id')
    .select([
      'connection_keys.id as key_id',
      'connection_keys.kid',
      'connection_keys.expires_at',
      'connections.client_id',
      'connections.name as connection_name',
      'connections.environment',
      'organisations.id as organisation_id',
      'organisations.name as organisation_name',
      'organisations.email as organisation_email',
    ])
    .where(
      'connection_keys.id',
      'in',
      claimed.map((c) => c.id),
    )
    .orderBy('connection_keys.id')
    .execute();
}

/** What the access-token check needs to know of a connection now. */
export async function connectionState(
  db: Db,
  clientId: string,
): Promise<{ status: ConnectionStatus; organisationId: number; environment: Environment } | null> {
  const row = await db
    .selectFrom('connections')
    .select(['status', 'organisation_id', 'environment'])
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row === undefined
    ? null
    : { status: row.status, organisationId: row.organisation_id, environment: row.environment };
}
