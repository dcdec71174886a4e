import type { Kysely } from 'kysely';
import { bulkInsert, type BulkColumn } from '../db/bulk-insert.ts';
import { executePrepared } from '../db/prepared.ts';
import type { PlatformTables } from '../db/tables.ts';

export type AuditChannel = 'api' | 'browser' | 'portal' | 'backoffice' | 'operator';
export type AuditActorType =
  'resident' | 'org_user' | 'system_client' | 'staff' | 'operator' | 'system';

export interface AuditEntry {
  actorType: AuditActorType;
  actorId: string;
  organisationId?: number | null;
  subjectPersonId: number | null;
  action: string;
  scopes?: readonly string[];
  purpose?: string | null;
  legalBasis?: string | null;
  channel: AuditChannel;
  environment?: string | null;
  feeCents?: number;
  feeExempt?: boolean;
  reason?: string | null;
  requestId?: string | null;
  /** When it happened; the database's clock unless given (a page that reads by the app's clock). */
  occurredAt?: Date;
}

/**
 * Appends an audit row in the caller's transaction, so the data and its audit record commit
 * together or not at all. Rows are only appended; the database refuses changes to them.
 */
export async function appendAudit(trx: Kysely<PlatformTables>, entry: AuditEntry): Promise<number> {
  const query = trx
    .insertInto('audit_events')
    .values({
      actor_type: entry.actorType,
      actor_id: entry.actorId,
      organisation_id: entry.organisationId ?? null,
      subject_person_id: entry.subjectPersonId,
      action: entry.action,
      scopes: [...(entry.scopes ?? [])],
      purpose: entry.purpose ?? null,
      legal_basis: entry.legalBasis ?? null,
      channel: entry.channel,
      environment: entry.environment ?? null,
      fee_cents: entry.feeCents ?? 0,
      fee_exempt: entry.feeExempt ?? false,
      reason: entry.reason ?? null,
      request_id: entry.requestId ?? null,
      ...(entry.occurredAt === undefined ? {} : { occurred_at: entry.occurredAt }),
    })
    .returning('id');
  const row = (await executePrepared(trx, query.compile())).rows[0];
  if (row === undefined) throw new Error('An audit row was not appended');
  return row.id;
}

/**
 * Appends many rows in one statement, for an action on many persons at once (a batch of
 * thousands would otherwise cost a round trip each). Rows carry no scopes and no fee.
 */
export async function appendAuditRows(
  trx: Kysely<PlatformTables>,
  entries: readonly Omit<AuditEntry, 'scopes' | 'feeCents' | 'feeExempt' | 'occurredAt'>[],
): Promise<void> {
  const column = <T>(type: BulkColumn['type'], pick: (e: (typeof entries)[number]) => T) => ({
    type,
    values: entries.map(pick),
  });
  await bulkInsert(trx, 'audit_events', {
    actor_type: column('text', (e) => e.actorType),
    actor_id: column('text', (e) => e.actorId),
    organisation_id: column('bigint', (e) => e.organisationId ?? null),
    subject_person_id: column('bigint', (e) => e.subjectPersonId),
    action: column('text', (e) => e.action),
    purpose: column('text', (e) => e.purpose ?? null),
    legal_basis: column('text', (e) => e.legalBasis ?? null),
    channel: column('text', (e) => e.channel),
    environment: column('text', (e) => e.environment ?? null),
    reason: column('text', (e) => e.reason ?? null),
    request_id: column('text', (e) => e.requestId ?? null),
  });
}
