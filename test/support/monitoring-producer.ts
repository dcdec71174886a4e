import { sql } from 'kysely';
import type { Db } from '../../src/database.ts';
import { produceEvents } from '../../src/monitoring/service.ts';

/**
 * Runs the producer until it has read every change committed before this call. On a shared
 * PostgreSQL server another database's open transaction holds the horizon back for a moment
 * (docs/decisions/0013), so this waits on that condition rather than on one pass.
 */
export async function produceAllCommitted(db: Db, timeoutMs = 30_000): Promise<void> {
  const last = await sql<{ seq: number | null }>`
    select max(seq)::int as seq from register_changes`.execute(db);
  const upTo = last.rows[0]?.seq ?? 0;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await produceEvents(db);
    const left = await sql<{ n: number }>`
      select count(*)::int as n from register_changes c, monitoring_producer p
      where c.seq <= ${upTo} and (c.xid, c.seq) > (p.last_xid, p.last_seq)`.execute(db);
    if ((left.rows[0]?.n ?? 0) === 0) return;
    if (Date.now() > deadline) throw new Error('the producer did not catch up');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
