import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDatabase, Db } from '../src/database.ts';
import type { Database } from '../src/platform/db/database.ts';
import { enqueue } from '../src/platform/jobs/outbox.ts';
import { createWorker, type JobHandler } from '../src/platform/jobs/worker.ts';
import { createTestDatabase } from './support/database.ts';

let database: Database<AppDatabase>;
const log = { warn: () => undefined, error: () => undefined };

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

describe('the outbox and its workers', () => {
  it('runs every job exactly once with two workers side by side, and ignores a repeated key', async () => {
    const seen: number[] = [];
    const handlers = new Map<string, JobHandler>([
      [
        'count',
        async (payload) => {
          seen.push(payload.n as number);
        },
      ],
    ]);
    await database.db.transaction().execute(async (trx: Db) => {
      for (let n = 0; n < 30; n += 1)
        await enqueue(trx, 'count', { n }, { dedupeKey: `count-${n}` });
      await enqueue(trx, 'count', { n: 0 }, { dedupeKey: 'count-0' });
    });
    const a = createWorker(database.db, handlers, { log, batch: 4 });
    const b = createWorker(database.db, handlers, { log, batch: 4 });
    const drain = async (w: typeof a) => {
      while ((await w.runOnce()) > 0) {
        /* until nothing is due */
      }
    };
    await Promise.all([drain(a), drain(b)]);
    expect([...seen].sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it('retries a failing job later, and marks it failed after the last attempt', async () => {
    let calls = 0;
    const handlers = new Map<string, JobHandler>([
      [
        'flaky',
        async () => {
          calls += 1;
          throw new Error('SMTP refused');
        },
      ],
    ]);
    await enqueue(database.db, 'flaky', {}, { maxAttempts: 2 });
    const worker = createWorker(database.db, handlers, { log });
    expect(await worker.runOnce()).toBe(1);
    const afterFirst = await database.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'flaky')
      .executeTakeFirstOrThrow();
    expect(afterFirst).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'SMTP refused',
    });
    expect(afterFirst.run_at.getTime()).toBeGreaterThan(Date.now() + 20_000);
    expect(await worker.runOnce()).toBe(0);
    await sql`update jobs set run_at = now() where kind = 'flaky'`.execute(database.db);
    expect(await worker.runOnce()).toBe(1);
    const final = await database.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'flaky')
      .executeTakeFirstOrThrow();
    expect(final).toMatchObject({ status: 'failed', attempts: 2 });
    expect(calls).toBe(2);
  });

  it('fails a job of a kind no handler knows, instead of losing it', async () => {
    await enqueue(database.db, 'unknown_kind', {}, { maxAttempts: 1 });
    await createWorker(database.db, new Map(), { log }).runOnce();
    const row = await database.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'unknown_kind')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(row.last_error).toMatch(/No handler/);
  });
});
