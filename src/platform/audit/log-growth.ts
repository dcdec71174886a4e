import type { Kysely } from 'kysely';
import type { PlatformTables } from '../db/tables.ts';
import { rowLeafHash } from './chain.ts';
import { chainPage } from './chain-store.ts';
import { signCheckpoint } from './checkpoint.ts';
import { logFrontier } from './log-proofs.ts';
import { appendLeaves, frontierRoot, type TreeNode } from './log-tree.ts';
import * as store from './log-store.ts';
import type { SealKeys } from './seal-key.ts';

/**
 * How the sealer grows the log's tree and signs its heads. The tree's leaves are the chain's rows
 * in chain order, so the tree must always end where the chain ends; a chain shorter than a head
 * already signed means rows were cut off its end, and then nothing more is sealed: new rows must
 * never take the places of the cut ones unseen.
 */

type Db = Kysely<PlatformTables>;

export class AuditLogCutError extends Error {
  override name = 'AuditLogCutError';
}

export interface OpenLog {
  frontier: TreeNode[];
  size: number;
  /** The size of the largest signed head. */
  signed: number;
  /** Leaves of rows sealed earlier that joined the tree now. */
  added: number;
}

/**
 * The tree, ready to grow after the chain's position `chainEnd`. Rows sealed before the tree
 * existed (migration 0021) join it first, up to `limit` a run; `size < chainEnd` says more wait.
 */
export async function openLog(trx: Db, chainEnd: number, limit: number): Promise<OpenLog> {
  const signed = (await store.latestCheckpoint(trx))?.size ?? 0;
  const treeSize = await store.storedTreeSize(trx);
  if (signed > chainEnd || treeSize > chainEnd) {
    throw new AuditLogCutError(
      `The audit chain ends at position ${chainEnd}, but the log's tree holds ${treeSize} rows ` +
        `and a head of ${signed} was signed: rows were cut off the end. Nothing more is sealed ` +
        'until the chain is whole again (audit verify names the place).',
    );
  }
  const grown = appendLeaves(
    await logFrontier(trx, treeSize),
    treeSize,
    await chainLeaves(trx, treeSize, Math.min(chainEnd - treeSize, limit)),
  );
  await store.insertTreeNodes(trx, grown.nodes);
  return { frontier: grown.frontier, size: grown.size, signed, added: grown.size - treeSize };
}

/** The leaves of chain positions after + 1 … after + count. */
async function chainLeaves(trx: Db, after: number, count: number): Promise<Buffer[]> {
  if (count <= 0) return [];
  const links = await chainPage(trx, after, count);
  return links.map((link) => {
    // A missing row is a broken log, which `audit verify` names; it is not put in the tree.
    if (link.row === null) throw new Error(`audit chain position ${link.position} has no row`);
    return rowLeafHash(link.row);
  });
}

/** Adds a sealed batch's leaves and signs the new head, if it is larger than the last one. */
export async function growLog(
  trx: Db,
  keys: SealKeys,
  signedAt: Date,
  log: OpenLog,
  leaves: readonly Buffer[],
): Promise<void> {
  const grown = appendLeaves(log.frontier, log.size, leaves);
  await store.insertTreeNodes(trx, grown.nodes);
  if (grown.size <= log.signed) return;
  const checkpoint = {
    origin: keys.origin,
    size: grown.size,
    root: frontierRoot(grown.frontier),
    signedAt,
  };
  await store.insertCheckpoint(trx, { ...checkpoint, note: signCheckpoint(checkpoint, keys) });
}
