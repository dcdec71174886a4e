import { createHash } from 'node:crypto';

/** The chain starts from 32 zero bytes, as Certificate Transparency's empty tree does. */
export const GENESIS_HASH = Buffer.alloc(32);

/**
 * An audit row as the chain sees it: every column, the time as text with microseconds (a JS
 * Date would drop them), read by `auditRowsForChain`.
 */
export type ChainedRow = Record<string, string | number | boolean | readonly string[] | null>;

/**
 * One stable text per row: keys sorted, nulls left out, so a column added later (null in old
 * rows) leaves every earlier hash as it was.
 */
export function canonicalRow(row: ChainedRow): string {
  const entries = Object.entries(row)
    .filter(([, value]) => value !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries));
}

export function chainHash(previous: Buffer, row: ChainedRow): Buffer {
  return createHash('sha256').update(previous).update(canonicalRow(row), 'utf8').digest();
}

/** What a seal signs: the head after the batch, its last position and the sealing time. */
export function sealMessage(head: Buffer, lastPosition: number, sealedAt: Date): Buffer {
  return Buffer.concat([
    Buffer.from(`register-gateway-audit-seal\n${lastPosition}\n${sealedAt.toISOString()}\n`),
    head,
  ]);
}
