import { sign } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PlatformTables } from '../db/tables.ts';
import type { Clock } from '../time/riga.ts';
import { batchSealMessage, chainLink, GENESIS_HASH } from './chain.ts';
import { merkleRoot } from './merkle.ts';
import * as store from './chain-store.ts';
import { growLog, openLog } from './log-growth.ts';
import type { SealKeys } from './seal-key.ts';

/** Rows per seal: large enough to keep up with a busy hour, small enough for one short commit. */
export const SEAL_BATCH = 5000;
/** Rows hashed between two turns of the event loop: about a millisecond's work. */
const YIELD_EVERY = 50;

/**
 * Chains the audit rows committed so far (up to one batch) and signs the new head together with
 * the batch's Merkle root, then adds the batch to the log's tree and signs the tree's new head (a
 * checkpoint). Queries never wait for this: they append rows, and the chain follows a moment
 * later. Answers how many rows were sealed, or added to the tree while it catches up with rows
 * sealed before it existed. Throws `AuditLogCutError`, sealing nothing, when the chain is shorter
 * than a head already signed.
 */
export async function sealAuditBatch(
  db: Kysely<PlatformTables>,
  keys: SealKeys,
  clock: Clock,
  batch = SEAL_BATCH,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const state = await store.lockSealState(trx);
    if (state === null) return 0;
    // Read before the scan below, so the scan sees everything those transactions wrote.
    const pendingSettled =
      state.pendingXmax !== null && (await store.transactionsEndedSince(trx, state.pendingXmax));
    const head = await store.chainHead(trx);
    const log = await openLog(trx, head?.position ?? 0, batch);
    // The tree first catches up with what was sealed before it; new rows wait for that.
    if (log.size < (head?.position ?? 0)) return log.added;
    const rows = await store.unsealedRows(trx, state.sealedBelow, batch);
    let position = head?.position ?? 0;
    let hash: Buffer = head?.hash ?? GENESIS_HASH;
    const links: { position: number; eventId: number; hash: Buffer }[] = [];
    const leaves: Buffer[] = [];
    for (const row of rows) {
      position += 1;
      const link = chainLink(hash, row);
      hash = link.hash;
      links.push({ position, eventId: Number(row.id), hash });
      leaves.push(link.leaf);
      // The sealer shares its process with the web role: hashing a whole batch at once would
      // hold up every request waiting behind it.
      if (links.length % YIELD_EVERY === 0) await new Promise(setImmediate);
    }
    const first = links[0];
    const sealedAt = clock.now();
    if (first !== undefined) {
      const seal = {
        firstPosition: first.position,
        lastPosition: position,
        headHash: hash,
        sealedAt,
        // The batch's own Merkle tree, so that one row can be proved without the whole chain.
        batchRoot: merkleRoot(leaves),
      };
      const sealId = await store.insertSeal(trx, {
        ...seal,
        signature: sign(null, batchSealMessage(seal), keys.privateKey),
      });
      await store.insertChainLinks(
        trx,
        links.map((l) => ({ ...l, sealId })),
      );
    }
    await growLog(trx, keys, sealedAt, log, leaves);
    // A full batch leaves rows for the next run, so the watermark waits for it.
    const caughtUp = rows.length < batch;
    const sealedBelow =
      caughtUp && pendingSettled && state.pendingBelow !== null
        ? Math.max(state.sealedBelow, state.pendingBelow)
        : state.sealedBelow;
    const next = await store.nextWatermark(trx);
    await store.saveSealState(trx, {
      sealedBelow,
      pendingBelow: pendingSettled || state.pendingBelow === null ? next.below : state.pendingBelow,
      pendingXmax: pendingSettled || state.pendingXmax === null ? next.xmax : state.pendingXmax,
    });
    return links.length;
  });
}
