import { verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PlatformTables } from '../db/tables.ts';
import { chainLink, GENESIS_HASH, signedMessageOf } from './chain.ts';
import { merkleRoot } from './merkle.ts';
import * as store from './chain-store.ts';
import { openCheckpoint } from './checkpoint.ts';
import { checkpointsInOrder, type StoredCheckpoint } from './log-store.ts';
import { appendLeaves, frontierRoot, type TreeNode } from './log-tree.ts';

export type ChainVerdict =
  | { ok: true; links: number; seals: number }
  | {
      ok: false;
      links: number;
      /** The first place the chain breaks. */
      position: number | null;
      eventId: number | null;
      problem:
        | 'row_missing'
        | 'row_changed'
        | 'seal_head_mismatch'
        | 'seal_signature_invalid'
        | 'seal_root_mismatch'
        | 'seal_root_missing'
        | 'checkpoint_root_mismatch'
        | 'checkpoint_signature_invalid'
        | 'chain_truncated'
        | 'row_not_sealed';
    };

const PAGE = 10_000;

/**
 * Recomputes the whole chain from the audit rows and checks every seal's head, batch root and
 * signature, and every signed head of the log's tree (checkpoint): a changed, removed or unsealed
 * row is named by the first position where the chain breaks. Seals from before batch roots are
 * checked by their first-version message; once one seal has a root, every later one must have
 * one too. A chain shorter than the last seal or the last checkpoint was cut at its end; a cut
 * that also took every trace of itself from the database is for the log's witnesses to see.
 */
export async function verifyAuditChain(
  db: Kysely<PlatformTables>,
  publicKey: KeyObject,
): Promise<ChainVerdict> {
  const seals = await store.sealsInOrder(db);
  const sealByLast = new Map(seals.map((s) => [s.lastPosition, s]));
  const checkpoints = await checkpointsInOrder(db);
  const checkpointBySize = new Map(checkpoints.map((c) => [c.size, c]));
  // The log's tree over the rows walked so far, as its full subtrees.
  let tree: { frontier: TreeNode[]; size: number } = { frontier: [], size: 0 };
  let hash: Buffer = GENESIS_HASH;
  let checked = 0;
  // The leaves of the batch being walked, for its seal's root.
  let leaves: Buffer[] = [];
  let rootsBegun = false;
  for (;;) {
    const page = await store.chainPage(db, checked, PAGE);
    if (page.length === 0) break;
    for (const link of page) {
      const broken = {
        ok: false as const,
        links: checked,
        position: link.position,
        eventId: link.eventId,
      };
      if (link.row === null) return { ...broken, problem: 'row_missing' };
      const recomputed = chainLink(hash, link.row);
      hash = recomputed.hash;
      if (!hash.equals(link.hash)) return { ...broken, problem: 'row_changed' };
      leaves.push(recomputed.leaf);
      tree = appendLeaves(tree.frontier, tree.size, [recomputed.leaf]);
      const seal = sealByLast.get(link.position);
      if (seal !== undefined) {
        const problem = sealProblem(seal, hash, leaves, rootsBegun, publicKey);
        if (problem !== null) return { ...broken, problem };
        rootsBegun ||= seal.batchRoot !== null;
        leaves = [];
      }
      // The log's head signed after the seal at the same place is checked after it.
      const checkpoint = checkpointBySize.get(link.position);
      if (checkpoint !== undefined) {
        const problem = checkpointProblem(checkpoint, frontierRoot(tree.frontier), publicKey);
        if (problem !== null) return { ...broken, problem };
      }
      checked = link.position;
    }
  }
  // Links cut off the end of the chain leave a seal or a signed head pointing past it.
  const lastSealed = Math.max(seals.at(-1)?.lastPosition ?? 0, checkpoints.at(-1)?.size ?? 0);
  if (lastSealed > checked) {
    return {
      ok: false,
      links: checked,
      position: checked + 1,
      eventId: null,
      problem: 'chain_truncated',
    };
  }
  const missing = await store.unchainedBelow(db);
  const first = missing[0];
  if (first !== undefined) {
    return { ok: false, links: checked, position: null, eventId: first, problem: 'row_not_sealed' };
  }
  return { ok: true, links: checked, seals: seals.length };
}

/** What is wrong with a seal over the batch just walked, or null. */
function sealProblem(
  seal: store.StoredSeal,
  head: Buffer,
  leaves: readonly Buffer[],
  rootsBegun: boolean,
  publicKey: KeyObject,
):
  | 'seal_head_mismatch'
  | 'seal_signature_invalid'
  | 'seal_root_mismatch'
  | 'seal_root_missing'
  | null {
  if (!seal.headHash.equals(head)) return 'seal_head_mismatch';
  if (seal.batchRoot === null) {
    if (rootsBegun) return 'seal_root_missing';
  } else if (
    leaves.length !== seal.lastPosition - seal.firstPosition + 1 ||
    !merkleRoot(leaves).equals(seal.batchRoot)
  ) {
    return 'seal_root_mismatch';
  }
  return verify(null, signedMessageOf(seal), publicKey, seal.signature)
    ? null
    : 'seal_signature_invalid';
}

/** What is wrong with a signed head of the log's tree, given the root recomputed at its size. */
function checkpointProblem(
  checkpoint: StoredCheckpoint,
  root: Buffer,
  publicKey: KeyObject,
): 'checkpoint_root_mismatch' | 'checkpoint_signature_invalid' | null {
  if (!checkpoint.root.equals(root)) return 'checkpoint_root_mismatch';
  const opened = openCheckpoint(checkpoint.note, publicKey);
  if (!opened.ok) return 'checkpoint_signature_invalid';
  const signed = opened.checkpoint;
  return signed.size === checkpoint.size && signed.root.equals(root)
    ? null
    : 'checkpoint_root_mismatch';
}
