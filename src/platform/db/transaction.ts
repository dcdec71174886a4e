import { randomInt } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { AppError, platformErrors } from '../errors.ts';

/**
 * PostgreSQL aborts a transaction it cannot order with the others: a deadlock (40P01) or a
 * serialization failure (40001). Nothing of it committed, so running the whole transaction again
 * is the remedy the server itself expects.
 */
const TRANSIENT_CODES = new Set(['40P01', '40001']);

/** Attempts after the first, and the ceiling of the random pause before each (doubling). */
export const TRANSACTION_RETRIES = 4;
const FIRST_PAUSE_MS = 20;

/** Seconds a caller is told to wait when every attempt was aborted. */
export const BUSY_RETRY_AFTER_SECONDS = 1;

export function transientCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = error.code;
  return typeof code === 'string' && TRANSIENT_CODES.has(code) ? code : undefined;
}

/** What a retry tells the logs: the server's code and which attempt failed. No data. */
export interface RetryEvent {
  code: string;
  attempt: number;
  exhausted: boolean;
}

type RetryListener = (event: RetryEvent) => void;
let onRetry: RetryListener = () => undefined;

/** Where retries are counted: the process's logger, set once at start. */
export function reportTransactionRetries(listener: RetryListener): void {
  onRetry = listener;
}

/**
 * Runs `work` in one database transaction: it all commits, or nothing does. A transaction the
 * server aborted for a deadlock or a serialization failure runs again, up to TRANSACTION_RETRIES
 * times after a short random pause (so the contenders do not meet again in step); when every
 * attempt fails, the caller gets `database_busy` (503 with Retry-After), never an internal error.
 *
 * `work` may therefore run more than once: it must do nothing outside the database that cannot
 * be repeated (send mail, call out) — such effects go through the outbox and happen after
 * commit. Pass `{ retry: false }` for work that cannot be repeated.
 */
export async function inTransaction<DB, T>(
  db: Kysely<DB>,
  work: (trx: Transaction<DB>) => Promise<T>,
  options: { retry?: boolean } = {},
): Promise<T> {
  const retries = options.retry === false ? 0 : TRANSACTION_RETRIES;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      const code = transientCode(error);
      if (code === undefined) throw error;
      const exhausted = attempt > retries;
      onRetry({ code, attempt, exhausted });
      if (exhausted) {
        throw new AppError(platformErrors.database_busy, {
          retryAfter: BUSY_RETRY_AFTER_SECONDS,
        });
      }
      await pause(randomInt(1, FIRST_PAUSE_MS * 2 ** (attempt - 1) + 1));
    }
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
