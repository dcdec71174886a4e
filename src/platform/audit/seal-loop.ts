import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { PlatformTables } from '../db/tables.ts';
import type { Clock } from '../time/riga.ts';
import type { SealKeys } from './seal-key.ts';
import { SEAL_BATCH, sealAuditBatch } from './sealer.ts';

/** How long a freshly written audit row waits, at most, before it is in the chain. */
export const SEAL_INTERVAL_MS = 2000;

/**
 * The worker role's sealer: seals what is new every couple of seconds, and at once again while
 * full batches keep coming. Several workers may run it; the state row lets one seal at a time.
 */
export function startAuditSealer(
  db: Kysely<PlatformTables>,
  keys: SealKeys,
  clock: Clock,
  log: Pick<Logger, 'error'>,
): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = sealAuditBatch(db, keys, clock)
      .catch((error: unknown) => {
        log.error(
          { err: error instanceof Error ? error.message : String(error) },
          'audit sealing failed',
        );
        return 0;
      })
      .then((sealed) => {
        if (!stopped) timer = setTimeout(tick, sealed === SEAL_BATCH ? 0 : SEAL_INTERVAL_MS);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      await running;
    },
  };
}
