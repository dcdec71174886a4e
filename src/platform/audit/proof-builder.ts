import type { KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PlatformTables } from '../db/tables.ts';
import { rowLeafHash } from './chain.ts';
import * as store from './chain-store.ts';
import { inclusionProof, type InclusionProof } from './inclusion-proof.ts';
import { inclusionPath, merkleRoot } from './merkle.ts';
import { logInclusionPath } from './log-proofs.ts';
import { latestCheckpoint } from './log-store.ts';

export type ProofLookup =
  | { status: 'ready'; proof: InclusionProof }
  /** Not in the chain yet: the sealer takes it within seconds. */
  | { status: 'not_sealed' }
  /** Sealed before batch roots existed (0018): its seal signs the chain's head only. */
  | { status: 'no_root' };

/**
 * The proof of inclusion of one audit row: its batch's rows are read again in chain order and
 * the batch's tree rebuilt, so the path is the one the seal's root was made from; and its path
 * in the whole log's tree to the latest signed head, from the stored tree. Whose row it
 * is, and whether the caller may have it, is the caller's question.
 */
export async function inclusionProofOf(
  db: Kysely<PlatformTables>,
  eventId: number,
  publicKey: KeyObject,
): Promise<ProofLookup> {
  const link = await store.sealedLinkOf(db, eventId);
  if (link === undefined) return { status: 'not_sealed' };
  const { seal } = link;
  if (seal.batchRoot === null) return { status: 'no_root' };
  const batch = await store.chainPage(
    db,
    seal.firstPosition - 1,
    seal.lastPosition - seal.firstPosition + 1,
  );
  const leaves = batch.map((l) => {
    // A missing row is a broken log, which `audit verify` names; no proof is made from it.
    if (l.row === null) throw new Error(`audit chain position ${l.position} has no row`);
    return rowLeafHash(l.row);
  });
  if (!merkleRoot(leaves).equals(seal.batchRoot)) {
    throw new Error(`audit seal ${seal.id} does not match its batch`);
  }
  const row = batch[link.position - seal.firstPosition]?.row;
  if (row === undefined || row === null) throw new Error('audit row outside its batch');
  // The latest signed head holds every sealed row, unless the tree still catches up with rows
  // sealed before it existed; such a proof stands on its batch's seal alone.
  const head = await latestCheckpoint(db);
  const log =
    head === undefined || head.size < link.position
      ? undefined
      : {
          checkpoint: head.note,
          treeSize: head.size,
          path: await logInclusionPath(db, link.position - 1, head.size),
        };
  return {
    status: 'ready',
    proof: inclusionProof({
      row,
      position: link.position,
      path: inclusionPath(leaves, link.position - seal.firstPosition),
      seal: { ...seal, batchRoot: seal.batchRoot },
      publicKey,
      ...(log === undefined ? {} : { log }),
    }),
  };
}
