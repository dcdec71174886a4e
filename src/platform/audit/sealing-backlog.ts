import { sql, type Kysely } from 'kysely';
import type { PlatformTables } from '../db/tables.ts';

/**
 * How far sealing is behind: the age of the oldest audit row not in the chain yet. The sealer
 * takes rows within seconds, so an age of minutes means it stopped (no worker runs, or it refuses
 * a cut log) and rows stand unprotected by the chain. `/readyz` reports it; the back office warns
 * once it passes `SEALING_LATE_AFTER_SECONDS`.
 */

export const SEALING_LATE_AFTER_SECONDS = 60;

export interface SealingBacklog {
  /** Seconds since the oldest unsealed row was written; null when every row is sealed. */
  oldestUnsealedSeconds: number | null;
  late: boolean;
}

export async function sealingBacklog(db: Kysely<PlatformTables>): Promise<SealingBacklog> {
  // Only above the watermark: everything below it is in the chain.
  const result = await sql<{ age: number | null }>`
    select extract(epoch from now() - min(e.occurred_at))::float8 as age
    from audit_events e, audit_seal_state s
    where e.id >= s.sealed_below
      and not exists (select 1 from audit_chain c where c.event_id = e.id)`.execute(db);
  const age = result.rows[0]?.age ?? null;
  // A row dated by the app's clock may be a moment ahead of the database's.
  const seconds = age === null ? null : Math.max(0, Math.floor(age));
  return {
    oldestUnsealedSeconds: seconds,
    late: seconds !== null && seconds > SEALING_LATE_AFTER_SECONDS,
  };
}
