import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import type { Clock } from '../platform/time/riga.ts';
import type { StoredEvent } from './event-shape.ts';
import type { WebhookDisabledReason } from './tables.ts';
import type { HostLookup } from './webhook-address.ts';
import { mailEndpointDisabled } from './webhook-mail.ts';
import { createSender, SEND_LIMITS, type SendLimits } from './webhook-sender.ts';
import { deliveryBody, deliveryHeaders, openSecret } from './webhook-signing.ts';
import {
  claimEndpoints,
  eventsToDeliver,
  finishAttempt,
  liveSecrets,
  pendingResends,
  recordFailure,
  recordSuccessAndStartNext,
  releaseLease,
  startAttempt,
  type AttemptOutcome,
  type AttemptStart,
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
  /** Production refuses plain http to this machine; development and tests allow it. */
  mode: Config['mode'];
  /** Resolves receivers' host names (tests give their own answers). */
  lookup?: HostLookup;
  limits?: SendLimits;
  /** How long a claim holds an endpoint; longer than a send's time limit. */
  leaseMs?: number;
  /** Endpoints delivered to at a time, each on its own, in parallel. */
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

/** One thing to send: the stream's next event, or an event asked for again on its own. */
interface Sendable {
  resendId: number | null;
  event: StoredEvent & { created_at: Date };
}

/**
 * What one claim sends, in order: the events asked for again first, then the stream's events
 * after its cursor, as far as they run without a gap, up to `limit` in all.
 */
async function sendablesOf(db: Db, endpoint: ClaimedEndpoint, limit: number): Promise<Sendable[]> {
  const resends = await pendingResends(db, endpoint, limit);
  const items: Sendable[] = resends.map(({ resend_id, ...event }) => ({
    resendId: resend_id,
    event,
  }));
  if (items.length >= limit) return items;
  const events = await eventsToDeliver(db, endpoint, endpoint.delivered_seq, limit - items.length);
  for (const [i, event] of events.entries()) {
    // A number not yet committed stops the run: it is sent once it is there.
    if (event.seq !== endpoint.delivered_seq + 1 + i) break;
    items.push({ resendId: null, event });
  }
  return items;
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
 * sequence, the next only after the one before was answered 2xx (docs/decisions/0014, 0022).
 * A success costs one statement: it completes the attempt, moves the cursor and starts the next
 * attempt together. Endpoints are delivered to side by side, each as soon as a slot is free, so
 * one slow receiver holds up only itself.
 */
export function createDeliverer(options: DelivererOptions): Deliverer {
  const { db, clock, log } = options;
  const limits = options.limits ?? SEND_LIMITS;
  const sender = createSender({
    limits,
    mode: options.mode,
    ...(options.lookup === undefined ? {} : { lookup: options.lookup }),
  });
  const leaseMs = options.leaseMs ?? limits.timeoutMs * 2 + 30_000;
  const slots = options.endpoints ?? 20;
  const perClaim = options.eventsPerClaim ?? 200;
  const leaseFrom = (now: Date) => new Date(now.getTime() + leaseMs);
  const startOf = (item: Sendable, now: Date): AttemptStart => ({
    id: randomUUID(),
    seq: item.event.seq,
    resendId: item.resendId,
    startedAt: now,
  });

  /** Records a failure: the next try's time, or the endpoint disabled and its organisation told. */
  const failed = async (
    endpoint: ClaimedEndpoint,
    attempt: AttemptStart,
    outcome: AttemptOutcome,
  ): Promise<void> => {
    const lease = { id: endpoint.id, leaseToken: endpoint.lease_token };
    const now = clock.now();
    const failure = afterFailure(endpoint, outcome, attempt.startedAt, now);
    await db.transaction().execute(async (trx) => {
      await finishAttempt(trx, attempt.id, outcome, now);
      const recorded = await recordFailure(trx, lease, { ...failure, now });
      if (recorded && failure.disable !== null) {
        await mailEndpointDisabled(trx, endpoint, failure.disable, options.publicUrl);
      }
    });
    // Endpoint ids and codes only: an event's body holds a personal code.
    log.warn(
      {
        endpointId: endpoint.id,
        seq: attempt.seq,
        statusCode: outcome.statusCode,
        errorKind: outcome.errorKind,
        disabled: failure.disable,
      },
      'webhook delivery failed',
    );
  };

  /** Sends what the claim holds, in order, until a failure or the lease is lost. */
  const deliverTo = async (endpoint: ClaimedEndpoint): Promise<number> => {
    const lease = { id: endpoint.id, leaseToken: endpoint.lease_token };
    let attempts = 0;
    try {
      const secrets = (await liveSecrets(db, endpoint.id, clock.now())).map((s) =>
        openSecret(options.envelope, endpoint.id, s.sealed),
      );
      const items = await sendablesOf(db, endpoint, perClaim);
      const first = items[0];
      if (first === undefined) {
        await releaseLease(db, lease);
        return 0;
      }
      let attempt = startOf(first, clock.now());
      await startAttempt(db, { ...attempt, endpointId: endpoint.id, now: attempt.startedAt });
      for (const [i, item] of items.entries()) {
        attempts += 1;
        const body = deliveryBody(item.event);
        const headers = deliveryHeaders(item.event.id, attempt.startedAt, body, secrets);
        const outcome = await sender.post(endpoint.url, headers, body);
        if (!outcome.succeeded) {
          await failed(endpoint, attempt, outcome);
          return attempts;
        }
        const now = clock.now();
        const following = items[i + 1];
        const next = following === undefined ? null : startOf(following, now);
        const kept = await recordSuccessAndStartNext(
          db,
          lease,
          { attempt, outcome, now, leaseUntil: leaseFrom(now) },
          next,
        );
        if (!kept || next === null) break;
        attempt = next;
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

  const claim = async (count: number): Promise<ClaimedEndpoint[]> => {
    const now = clock.now();
    return db.transaction().execute((trx) => claimEndpoints(trx, now, leaseFrom(now), count));
  };

  const runOnce = async (): Promise<number> => {
    const counts = await Promise.all((await claim(slots)).map(deliverTo));
    return counts.reduce((a, b) => a + b, 0);
  };

  // The worker's loop: claims endpoints into free slots; each finished endpoint frees its slot
  // and looks for more at once.
  const active = new Set<Promise<unknown>>();
  let timer: NodeJS.Timeout | null = null;
  let claiming: Promise<unknown> | null = null;
  let again = false;
  let stopped = true;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(tick, ms);
  };
  const tick = () => {
    timer = null;
    if (claiming !== null) {
      again = true;
      return;
    }
    again = false;
    const free = slots - active.size;
    if (free <= 0) return;
    claiming = claim(free)
      .then((claimed) => {
        for (const endpoint of claimed) {
          const delivery: Promise<unknown> = deliverTo(endpoint).finally(() => {
            active.delete(delivery);
            schedule(0);
          });
          active.add(delivery);
        }
        return claimed.length === free;
      })
      .catch((error: unknown) => {
        log.error(
          { err: error instanceof Error ? error.message : String(error) },
          'webhook poll failed',
        );
        return false;
      })
      .then((full) => {
        claiming = null;
        if (full || again) schedule(0);
        else if (active.size === 0) schedule(options.pollMs ?? 1000);
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
      await claiming;
      await Promise.all([...active]);
      sender.close();
    },
  };
}
