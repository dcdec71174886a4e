import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import type { Clock } from '../platform/time/riga.ts';
import type { WebhookDisabledReason } from './tables.ts';
import { mailEndpointDisabled } from './webhook-mail.ts';
import { postDelivery, SEND_LIMITS, type SendLimits } from './webhook-sender.ts';
import { deliveryBody, deliveryHeaders, openSecret } from './webhook-signing.ts';
import {
  claimEndpoints,
  eventAt,
  finishAttempt,
  liveSecrets,
  pendingResend,
  recordFailure,
  recordSuccess,
  releaseLease,
  startAttempt,
  type AttemptOutcome,
  type ClaimedEndpoint,
} from './webhook-store.ts';

/** Waits after the 1st, 2nd, … failure in a row; the last one repeats until the endpoint is disabled. */
export const RETRY_DELAYS_SECONDS = [5, 300, 1800, 7200, 18_000, 36_000, 36_000] as const;
/** Failing without a 2xx for this long disables an endpoint. */
export const DISABLE_AFTER_MS = 5 * 24 * 3600_000;

export function retryDelayMs(failures: number): number {
  const index = Math.min(Math.max(failures, 1), RETRY_DELAYS_SECONDS.length) - 1;
  return (RETRY_DELAYS_SECONDS[index] ?? 36_000) * 1000;
}

export interface DelivererOptions {
  db: Db;
  envelope: Envelope;
  clock: Clock;
  publicUrl: string;
  log: Pick<Logger, 'warn' | 'error' | 'info'>;
  limits?: SendLimits;
  /** How long a claim holds an endpoint; longer than a send's time limit. */
  leaseMs?: number;
  /** Endpoints claimed at a time (each is delivered to on its own, in parallel). */
  endpoints?: number;
  /** Events sent to one endpoint under one claim before it is let go for fairness. */
  eventsPerClaim?: number;
  /** The poll that covers a missed wake-up. */
  pollMs?: number;
}

export interface Deliverer {
  /** Claims what is due and delivers it; returns how many attempts were made. */
  runOnce(): Promise<number>;
  /** Something new may be due: go now rather than at the next poll. */
  wake(): void;
  start(): void;
  stop(): Promise<void>;
}

type Sendable =
  | { kind: 'event'; seq: number; resendId: null }
  | { kind: 'resend'; seq: number; resendId: number };

async function nextToSend(db: Db, endpoint: ClaimedEndpoint, cursor: number) {
  const resend = await pendingResend(db, endpoint.id);
  const item: Sendable =
    resend === null
      ? { kind: 'event', seq: cursor + 1, resendId: null }
      : { kind: 'resend', seq: resend.seq, resendId: resend.id };
  const event = await eventAt(db, endpoint.organisation_id, endpoint.environment, item.seq);
  return event === null ? null : { item, event };
}

/** What a failure leads to: the next try, or the endpoint disabled and why. */
function afterFailure(
  endpoint: ClaimedEndpoint,
  outcome: AttemptOutcome,
  startedAt: Date,
  now: Date,
): {
  failures: number;
  failingSince: Date;
  nextAttemptAt: Date;
  disable: WebhookDisabledReason | null;
} {
  const failures = endpoint.failures + 1;
  const failingSince = endpoint.failing_since ?? startedAt;
  const disable: WebhookDisabledReason | null =
    outcome.statusCode === 410
      ? 'gone'
      : now.getTime() - failingSince.getTime() >= DISABLE_AFTER_MS
        ? 'failing'
        : null;
  return {
    failures,
    failingSince,
    nextAttemptAt: new Date(now.getTime() + retryDelayMs(failures)),
    disable,
  };
}

/**
 * Webhook delivery: each endpoint receives its organisation's events of its environment in
 * sequence, the next only after the one before was answered 2xx (docs/decisions/0014).
 */
export function createDeliverer(options: DelivererOptions): Deliverer {
  const { db, clock, log } = options;
  const limits = options.limits ?? SEND_LIMITS;
  const leaseMs = options.leaseMs ?? limits.timeoutMs * 2 + 30_000;
  const batch = options.endpoints ?? 20;
  const perClaim = options.eventsPerClaim ?? 200;
  const leaseFrom = (now: Date) => new Date(now.getTime() + leaseMs);

  /** Sends one thing; false when the endpoint is to be let go (failed, or the lease is lost). */
  const sendOne = async (
    endpoint: ClaimedEndpoint,
    secrets: Buffer[],
    next: NonNullable<Awaited<ReturnType<typeof nextToSend>>>,
  ): Promise<boolean> => {
    const lease = { id: endpoint.id, leaseToken: endpoint.lease_token };
    const attemptId = randomUUID();
    const startedAt = clock.now();
    await startAttempt(db, {
      id: attemptId,
      endpointId: endpoint.id,
      seq: next.item.seq,
      resendId: next.item.resendId,
      now: startedAt,
    });
    const body = deliveryBody(next.event);
    const headers = deliveryHeaders(next.event.id, startedAt, body, secrets);
    const outcome = await postDelivery(endpoint.url, headers, body, limits);
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      await finishAttempt(trx, attemptId, outcome, now);
      if (outcome.succeeded) {
        return recordSuccess(trx, lease, next.item, now, leaseFrom(now));
      }
      const failure = afterFailure(endpoint, outcome, startedAt, now);
      const recorded = await recordFailure(trx, lease, { ...failure, now });
      if (recorded && failure.disable !== null) {
        await mailEndpointDisabled(trx, endpoint, failure.disable, options.publicUrl);
      }
      // Endpoint ids and codes only: an event's body holds a personal code.
      log.warn(
        {
          endpointId: endpoint.id,
          seq: next.item.seq,
          statusCode: outcome.statusCode,
          errorKind: outcome.errorKind,
          disabled: failure.disable,
        },
        'webhook delivery failed',
      );
      return false;
    });
  };

  const deliverTo = async (endpoint: ClaimedEndpoint): Promise<number> => {
    const lease = { id: endpoint.id, leaseToken: endpoint.lease_token };
    const secrets = (await liveSecrets(db, endpoint.id, clock.now())).map((s) =>
      openSecret(options.envelope, endpoint.id, s.sealed),
    );
    let cursor = endpoint.delivered_seq;
    let attempts = 0;
    try {
      while (attempts < perClaim) {
        const next = await nextToSend(db, endpoint, cursor);
        if (next === null) break;
        attempts += 1;
        if (!(await sendOne(endpoint, secrets, next))) return attempts;
        if (next.item.kind === 'event') cursor = next.item.seq;
        endpoint.failures = 0;
        endpoint.failing_since = null;
      }
      await releaseLease(db, lease);
    } catch (error) {
      // The lease runs out by itself and the attempt is made again; nothing is lost.
      log.error(
        { endpointId: endpoint.id, err: error instanceof Error ? error.message : String(error) },
        'webhook delivery broke off',
      );
    }
    return attempts;
  };

  const runOnce = async (): Promise<number> => {
    const now = clock.now();
    const claimed = await db
      .transaction()
      .execute((trx) => claimEndpoints(trx, now, leaseFrom(now), batch));
    const counts = await Promise.all(claimed.map(deliverTo));
    return counts.reduce((a, b) => a + b, 0);
  };

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = true;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(tick, ms);
  };
  const tick = () => {
    timer = null;
    if (running !== null) {
      again = true;
      return;
    }
    again = false;
    running = runOnce()
      .catch((error: unknown) => {
        log.error(
          { err: error instanceof Error ? error.message : String(error) },
          'webhook poll failed',
        );
        return 0;
      })
      .then((made) => {
        running = null;
        schedule(made > 0 || again ? 0 : (options.pollMs ?? 1000));
      });
  };

  return {
    runOnce,
    wake() {
      schedule(0);
    },
    start() {
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
