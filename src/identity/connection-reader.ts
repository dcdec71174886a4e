import { organisationNotice } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import { connectionErrors } from './connection-errors.ts';
import {
  allConnections,
  connectionsOf,
  findConnection,
  keysOf,
  type ConnectionRow,
  type KeyRow,
} from './connection-store.ts';
import { KEY_EXPIRY_WARNING_DAYS } from './connections.ts';
import type { ConnectionStatus } from './tables.ts';

/** Connections and their keys as the pages show them, with what needs attention worked out. */

export interface KeyView {
  id: number;
  kid: string;
  /** e.g. "RSA 2048", "EC P-256", "OKP Ed25519". */
  type: string;
  addedAt: Date;
  expiresAt: Date;
  retiredAt: Date | null;
  state: 'live' | 'retired' | 'expired';
  /** Live and expiring within the warning period. */
  expiringSoon: boolean;
}

export interface ConnectionView {
  connection: ConnectionRow;
  organisationName: string;
  keys: KeyView[];
  /** Live keys that expire within the warning period. */
  expiringKeys: number;
}

function keyType(key: KeyRow): string {
  const jwk = key.public_jwk;
  if (jwk.kty === 'RSA') {
    const bytes = Buffer.from(jwk.n ?? '', 'base64url');
    const lead = bytes.findIndex((b) => b !== 0);
    return `RSA ${String((bytes.length - Math.max(lead, 0)) * 8)}`;
  }
  return `${jwk.kty} ${jwk.crv ?? ''}`.trim();
}

function keyView(key: KeyRow, now: Date): KeyView {
  const warnFrom = now.getTime() + KEY_EXPIRY_WARNING_DAYS * 24 * 3600_000;
  const state = key.retired_at !== null ? 'retired' : key.expires_at <= now ? 'expired' : 'live';
  return {
    id: key.id,
    kid: key.kid,
    type: keyType(key),
    addedAt: key.added_at,
    expiresAt: key.expires_at,
    retiredAt: key.retired_at,
    state,
    expiringSoon: state === 'live' && key.expires_at.getTime() <= warnFrom,
  };
}

function views(
  connections: ConnectionRow[],
  keys: KeyRow[],
  names: (c: ConnectionRow) => string,
  now: Date,
): ConnectionView[] {
  return connections.map((connection) => {
    const own = keys.filter((k) => k.connection_id === connection.id).map((k) => keyView(k, now));
    return {
      connection,
      organisationName: names(connection),
      keys: own,
      expiringKeys: own.filter((k) => k.expiringSoon).length,
    };
  });
}

export async function organisationConnections(
  db: Db,
  organisationId: number,
  now: Date,
): Promise<ConnectionView[]> {
  const connections = await connectionsOf(db, organisationId);
  const { name } = await organisationNotice(db, organisationId);
  const keys = await keysOf(
    db,
    connections.map((c) => c.id),
  );
  return views(connections, keys, () => name, now);
}

/** One connection; with an organisation, refused unless it is that organisation's. */
export async function connectionDetails(
  db: Db,
  clientId: string,
  now: Date,
  organisationId?: number,
): Promise<ConnectionView> {
  const connection = await findConnection(db, clientId, organisationId);
  if (connection === null) throw new AppError(connectionErrors.connection_not_found);
  const { name } = await organisationNotice(db, connection.organisation_id);
  const keys = await keysOf(db, [connection.id]);
  const [view] = views([connection], keys, () => name, now);
  if (view === undefined) throw new AppError(connectionErrors.connection_not_found);
  return view;
}

export async function connectionsForStaff(
  db: Db,
  status: ConnectionStatus | null,
  now: Date,
): Promise<ConnectionView[]> {
  const rows = await allConnections(db, status);
  const keys = await keysOf(
    db,
    rows.map((c) => c.id),
  );
  const names = new Map(rows.map((r) => [r.id, r.organisation_name]));
  return views(rows, keys, (c) => names.get(c.id) ?? '', now);
}
