import Fastify from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/database.ts';
import {
  inTransaction,
  reportTransactionRetries,
  TRANSACTION_RETRIES,
  type RetryEvent,
} from '../src/platform/db/transaction.ts';
import { AppError, platformErrors } from '../src/platform/errors.ts';
import { installErrorHandler } from '../src/platform/http/error-handler.ts';
import { errorPageRenderer } from '../src/platform/views/error-page.tsx';
import { createTestDatabase } from './support/database.ts';

let db: Db;
let close: () => Promise<void>;
const events: RetryEvent[] = [];

beforeAll(async () => {
  const database = await createTestDatabase();
  db = database.db;
  close = () => database.close();
  reportTransactionRetries((event) => events.push(event));
});
afterAll(async () => {
  reportTransactionRetries(() => undefined);
  await close();
});

/** The error a PostgreSQL server raises when it aborts a transaction to break a deadlock. */
function aborted(code: '40P01' | '40001'): Error {
  return Object.assign(new Error('deadlock detected'), { code });
}

async function rowsOf(table: string): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
  return rows[0]?.n ?? 0;
}

describe('a transaction the database aborts runs again', () => {
  beforeAll(async () => {
    await sql`create table retry_probe (id int primary key, note text)`.execute(db);
  });

  it('repeats the whole transaction after a deadlock or a serialization failure, keeping one effect', async () => {
    events.length = 0;
    let attempts = 0;
    const answer = await inTransaction(db, async (trx) => {
      attempts += 1;
      await sql`insert into retry_probe values (${attempts}, 'attempt')`.execute(trx);
      if (attempts === 1) throw aborted('40P01');
      if (attempts === 2) throw aborted('40001');
      return 'done';
    });
    expect(answer).toBe('done');
    expect(attempts).toBe(3);
    // The aborted attempts left nothing behind.
    expect(await rowsOf('retry_probe')).toBe(1);
    expect(events).toEqual([
      { code: '40P01', attempt: 1, exhausted: false },
      { code: '40001', attempt: 2, exhausted: false },
    ]);
  });

  it('gives up after a bounded number of attempts with database_busy, never an internal error', async () => {
    events.length = 0;
    let attempts = 0;
    const failure = await inTransaction(db, async () => {
      attempts += 1;
      throw aborted('40P01');
    }).catch((e: unknown) => e);
    expect(attempts).toBe(TRANSACTION_RETRIES + 1);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('database_busy');
    expect((failure as AppError).details).toEqual({ retryAfter: 1 });
    expect(events.at(-1)).toEqual({
      code: '40P01',
      attempt: TRANSACTION_RETRIES + 1,
      exhausted: true,
    });
  });

  it('does not repeat other errors, nor work that asked not to be repeated', async () => {
    let attempts = 0;
    const plain = await inTransaction(db, async () => {
      attempts += 1;
      throw new Error('a rule refused');
    }).catch((e: unknown) => e);
    expect(attempts).toBe(1);
    expect(String(plain)).toContain('a rule refused');
    attempts = 0;
    const once = await inTransaction(
      db,
      async () => {
        attempts += 1;
        throw aborted('40001');
      },
      { retry: false },
    ).catch((e: unknown) => e);
    expect(attempts).toBe(1);
    expect((once as AppError).code).toBe('database_busy');
  });

  it.skipIf(process.env.DATABASE_URL === undefined)(
    'survives a real deadlock on the server: both transactions commit',
    async () => {
      events.length = 0;
      await sql`insert into retry_probe values (101, 'a'), (102, 'b')`.execute(db);
      // Each side locks its first row, waits until the other has too, then asks for the other's:
      // the server aborts one, which runs again once the other has committed.
      let arrived = 0;
      let meet: () => void = () => undefined;
      const bothLocked = new Promise<void>((resolve) => (meet = resolve));
      const side = (first: number, second: number) =>
        inTransaction(db, async (trx) => {
          await sql`update retry_probe set note = note || '+' where id = ${first}`.execute(trx);
          arrived += 1;
          if (arrived === 2) meet();
          await bothLocked;
          await sql`update retry_probe set note = note || '+' where id = ${second}`.execute(trx);
        });
      await Promise.all([side(101, 102), side(102, 101)]);
      expect(events.filter((e) => e.code === '40P01' && !e.exhausted)).toHaveLength(1);
      const { rows } = await sql<{
        note: string;
      }>`select note from retry_probe where id in (101, 102) order by id`.execute(db);
      // Two committed updates on each row: the aborted attempt's were rolled back and redone.
      expect(rows.map((r) => r.note)).toEqual(['a++', 'b++']);
    },
  );
});

describe('the caller of a transaction that could not run', () => {
  it('gets 503 database_busy with Retry-After, whether the retries ran out or none were made', async () => {
    const app = Fastify();
    installErrorHandler(
      app,
      errorPageRenderer(() => null),
    );
    app.get('/api/busy', async () => {
      throw new AppError(platformErrors.database_busy, { retryAfter: 1 });
    });
    // A deadlock that escaped a transaction without retries is answered the same way.
    app.get('/api/raw', async () => {
      throw aborted('40P01');
    });
    const api = await app.inject({ method: 'GET', url: '/api/busy' });
    expect(api.statusCode).toBe(503);
    expect(api.headers['retry-after']).toBe('1');
    expect(api.json()).toMatchObject({ code: 'database_busy' });
    const raw = await app.inject({ method: 'GET', url: '/api/raw' });
    expect(raw.statusCode).toBe(503);
    expect(raw.headers['retry-after']).toBe('1');
    expect(raw.json()).toMatchObject({
      code: 'database_busy',
      message: { lv: expect.stringContaining('Mēģiniet vēlreiz') as unknown },
    });
    await app.close();
  });
});
