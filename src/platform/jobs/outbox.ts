import { type Kysely, sql } from 'kysely';
import type { JobTables } from '../db/tables.ts';

export interface EnqueueOptions {
  runAt?: Date;
  dedupeKey?: string;
  maxAttempts?: number;
}

/**
 * Writes a job in the caller's transaction: it exists exactly when the change that caused it
 * committed. A repeated dedupe key is ignored.
 */
export async function enqueue(
  trx: Kysely<JobTables>,
  kind: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<void> {
  await trx
    .insertInto('jobs')
    .values({
      kind,
      payload: JSON.stringify(payload),
      dedupe_key: options.dedupeKey ?? null,
      locked_until: null,
      last_error: null,
      finished_at: null,
      ...(options.runAt === undefined ? {} : { run_at: options.runAt }),
      ...(options.maxAttempts === undefined ? {} : { max_attempts: options.maxAttempts }),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

/**
 * Claims up to `limit` due jobs for `leaseSeconds`. SKIP LOCKED lets workers in several processes
 * claim side by side without waiting on each other; the lease brings a job back if its worker dies.
 */
export async function claimJobs(
  db: Kysely<JobTables>,
  limit: number,
  leaseSeconds: number,
): Promise<ClaimedJob[]> {
  const result = await sql<{
    id: number;
    kind: string;
    payload: Record<string, unknown> | string;
    attempts: number;
    max_attempts: number;
  }>`
    update jobs set attempts = attempts + 1,
      locked_until = now() + make_interval(secs => ${leaseSeconds})
    where id in (
      select id from jobs
      where status = 'pending' and run_at <= now()
        and (locked_until is null or locked_until < now())
      order by run_at, id
      limit ${limit}
      for update skip locked
    )
    returning id, kind, payload, attempts, max_attempts`.execute(db);
  return result.rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    payload:
      typeof r.payload === 'string'
        ? (JSON.parse(r.payload) as Record<string, unknown>)
        : r.payload,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
  }));
}

export async function completeJob(db: Kysely<JobTables>, id: number): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: new Date(), locked_until: null })
    .where('id', '=', id)
    .execute();
}

/** Exponential backoff, 30 s doubling to at most 6 hours; after the last attempt, failed. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** (attempts - 1), 6 * 3600);
}

export async function failJob(
  db: Kysely<JobTables>,
  job: ClaimedJob,
  error: string,
): Promise<void> {
  const final = job.attempts >= job.maxAttempts;
  await db
    .updateTable('jobs')
    .set({
      status: final ? 'failed' : 'pending',
      last_error: error.slice(0, 1000),
      locked_until: null,
      run_at: sql<Date>`now() + make_interval(secs => ${retryDelaySeconds(job.attempts)})`,
      finished_at: final ? new Date() : null,
    })
    .where('id', '=', job.id)
    .execute();
}
