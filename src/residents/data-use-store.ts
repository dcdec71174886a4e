import { sql } from 'kysely';
import type { Db } from '../database.ts';

/** The audit action of every provision of register data to an organisation. */
export const PROVISION_ACTION = 'person.read';

export interface ProvisionFilter {
  personId: number;
  /** The resident sees production only; staff see both environments. */
  productionOnly: boolean;
  /** Rows held past this Riga day are left out; null: every row, held or not (staff). */
  visibleOn: string | null;
  /** Instants bounding the period: from inclusive, before exclusive. */
  from: Date | null;
  before: Date | null;
}

export interface ProvisionRow {
  id: number;
  occurred_at: Date;
  organisation_id: number;
  organisation_name: string;
  registration_number: string;
  scopes: string[];
  purpose: string | null;
  legal_basis: string | null;
  channel: string;
  environment: string | null;
  fee_cents: number;
  fee_exempt: boolean;
  hold_until: string | null;
  hold_reason: string | null;
  /** The row's place in the audit chain; null until the sealer has taken it. */
  chain_position: number | null;
  /** Its seal carries a batch root, so a proof of inclusion can be made. */
  provable: boolean;
}

/** The columns of a `ProvisionRow`, the same for a page of rows and for one row. */
const PROVISION_COLUMNS = [
  'e.id',
  'e.occurred_at',
  'o.id as organisation_id',
  'o.name as organisation_name',
  'o.registration_number',
  'e.scopes',
  'e.purpose',
  'e.legal_basis',
  'e.channel',
  'e.environment',
  'e.fee_cents',
  'e.fee_exempt',
  'h.hidden_until as hold_until',
  'h.reason as hold_reason',
  'c.position as chain_position',
  sql<boolean>`s.batch_root is not null`.as('provable'),
] as const;

/** The provision rows of one person, with the organisation and any hold, filtered. */
function provisions(trx: Db, filter: ProvisionFilter) {
  let query = trx
    .selectFrom('audit_events as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .leftJoin('audit_holds as h', 'h.audit_event_id', 'e.id')
    .leftJoin('audit_chain as c', 'c.event_id', 'e.id')
    .leftJoin('audit_seals as s', 's.id', 'c.seal_id')
    .where('e.subject_person_id', '=', filter.personId)
    .where('e.action', '=', PROVISION_ACTION)
    .where('e.organisation_id', 'is not', null);
  if (filter.productionOnly) query = query.where('e.environment', '=', 'production');
  const visibleOn = filter.visibleOn;
  if (visibleOn !== null) {
    // A hold hides the row while its day is still ahead; on that day the row shows again.
    query = query.where((eb) =>
      eb.or([eb('h.hidden_until', 'is', null), eb('h.hidden_until', '<=', visibleOn)]),
    );
  }
  if (filter.from !== null) query = query.where('e.occurred_at', '>=', filter.from);
  if (filter.before !== null) query = query.where('e.occurred_at', '<', filter.before);
  return query;
}

export async function provisionRows(
  trx: Db,
  filter: ProvisionFilter,
  page: { limit: number; offset: number },
): Promise<ProvisionRow[]> {
  return provisions(trx, filter)
    .select(PROVISION_COLUMNS)
    .orderBy('e.occurred_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** How many provisions, and to how many organisations, the filter covers. */
export async function provisionCounts(
  trx: Db,
  filter: ProvisionFilter,
): Promise<{ times: number; organisations: number }> {
  const row = await provisions(trx, filter)
    .select([
      sql<string>`count(*)`.as('times'),
      sql<string>`count(distinct e.organisation_id)`.as('organisations'),
    ])
    .executeTakeFirstOrThrow();
  return { times: Number(row.times), organisations: Number(row.organisations) };
}

/**
 * One provision row of a person, with its hold; undefined when it is no such row. Staff see
 * every row; `visibility` narrows it to what the person's own list shows.
 */
export async function provisionRowOf(
  trx: Db,
  personId: number,
  eventId: number,
  visibility: { productionOnly: boolean; visibleOn: string | null } = {
    productionOnly: false,
    visibleOn: null,
  },
): Promise<ProvisionRow | undefined> {
  const rows = await provisions(trx, {
    personId,
    ...visibility,
    from: null,
    before: null,
  })
    .where('e.id', '=', eventId)
    .select(PROVISION_COLUMNS)
    .execute();
  return rows[0];
}

/** The audit row of a staff view, by its id. */
export async function staffViewAudit(trx: Db, viewId: number) {
  return trx
    .selectFrom('audit_events')
    .select([
      'id',
      'actor_type',
      'actor_id',
      'action',
      'subject_person_id',
      'occurred_at',
      'reason',
    ])
    .where('id', '=', viewId)
    .executeTakeFirst();
}

export async function upsertHold(
  trx: Db,
  hold: { auditEventId: number; hiddenUntil: string; reason: string; staffId: number },
): Promise<void> {
  await trx
    .insertInto('audit_holds')
    .values({
      audit_event_id: hold.auditEventId,
      hidden_until: hold.hiddenUntil,
      reason: hold.reason,
      staff_id: hold.staffId,
    })
    .onConflict((oc) =>
      oc.column('audit_event_id').doUpdateSet({
        hidden_until: hold.hiddenUntil,
        reason: hold.reason,
        staff_id: hold.staffId,
        created_at: sql<Date>`now()`,
      }),
    )
    .execute();
}

/** Deletes a hold; answers whether there was one. */
export async function deleteHold(trx: Db, auditEventId: number): Promise<boolean> {
  const result = await trx
    .deleteFrom('audit_holds')
    .where('audit_event_id', '=', auditEventId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
