import type { Kysely } from 'kysely';
import type { PlatformTables } from '../db/tables.ts';
import { inclusionRanges, type LeafRange } from './merkle.ts';
import { consistencyRanges } from './merkle-consistency.ts';
import { fullSubtreesOf, joinSubtrees, nodeKeyText, type TreeNode } from './log-tree.ts';
import * as store from './log-store.ts';

/**
 * Heads and proofs of the log's tree from its stored nodes: one query for every node a proof
 * needs, whatever the size of the log.
 */

type Db = Kysely<PlatformTables>;

/** The roots of the subtrees named, in their order. */
async function rangeHashes(db: Db, ranges: readonly LeafRange[]): Promise<Buffer[]> {
  const parts = ranges.map(fullSubtreesOf);
  const stored = await store.treeNodes(db, parts.flat());
  return parts.map((keys) =>
    joinSubtrees(
      keys.map((key) => {
        const hash = stored.get(nodeKeyText(key));
        if (hash === undefined) throw new Error(`audit tree node ${nodeKeyText(key)} is missing`);
        return hash;
      }),
    ),
  );
}

/** The full subtrees of the tree's first `size` leaves, with their hashes: where it grows from. */
export async function logFrontier(db: Db, size: number): Promise<TreeNode[]> {
  const keys = fullSubtreesOf([0, size]);
  const hashes = await rangeHashes(
    db,
    keys.map((k) => [k.index * 2 ** k.level, (k.index + 1) * 2 ** k.level] as const),
  );
  return keys.map((k, i) => ({ ...k, hash: hashes[i] ?? Buffer.alloc(0) }));
}

/** MTH of the first `size` leaves. */
export async function logRoot(db: Db, size: number): Promise<Buffer> {
  return joinSubtrees((await logFrontier(db, size)).map((n) => n.hash));
}

/** PROOF(from, D[to]) of RFC 6962 §2.1.2. */
export async function logConsistencyProof(db: Db, from: number, to: number): Promise<Buffer[]> {
  return rangeHashes(db, consistencyRanges(from, to));
}

/** PATH(index, D[size]) of RFC 6962 §2.1.1. */
export async function logInclusionPath(db: Db, index: number, size: number): Promise<Buffer[]> {
  return rangeHashes(db, inclusionRanges(index, size));
}
