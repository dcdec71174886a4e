import { verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PlatformTables } from '../db/tables.ts';
import { chainHash, GENESIS_HASH, sealMessage } from './chain.ts';
import * as store from './chain-store.ts';

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
        | 'chain_truncated'
        | 'row_not_sealed';
    };

const PAGE = 10_000;

/**
 * Recomputes the whole chain from the audit rows and checks every seal's head and signature:
 * a changed, removed or unsealed row is named by the first position where the chain breaks.
 */
export async function verifyAuditChain(
  db: Kysely<PlatformTables>,
  publicKey: KeyObject,
): Promise<ChainVerdict> {
  const seals = await store.sealsInOrder(db);
  const sealByLast = new Map(seals.map((s) => [s.lastPosition, s]));
  let hash: Buffer = GENESIS_HASH;
  let checked = 0;
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
      hash = chainHash(hash, link.row);
      if (!hash.equals(link.hash)) return { ...broken, problem: 'row_changed' };
      const seal = sealByLast.get(link.position);
      if (seal !== undefined) {
        if (!seal.headHash.equals(hash)) return { ...broken, problem: 'seal_head_mismatch' };
        const message = sealMessage(hash, link.position, seal.sealedAt);
        if (!verify(null, message, publicKey, seal.signature)) {
          return { ...broken, problem: 'seal_signature_invalid' };
        }
      }
      checked = link.position;
    }
  }
  // Links cut off the end of the chain leave a seal pointing past it.
  const lastSealed = seals.at(-1)?.lastPosition ?? 0;
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
