import type { Kysely } from 'kysely';
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
  const row = await trx
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
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
