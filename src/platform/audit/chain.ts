import { createHash } from 'node:crypto';
import { leafHash } from './merkle.ts';

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

/**
 * A row's link in the chain (SHA-256 of the previous hash and the canonical row) and its leaf in
 * the batch's Merkle tree, from one canonical text: sealing and verifying need both for every row.
 */
export function chainLink(previous: Buffer, row: ChainedRow): { hash: Buffer; leaf: Buffer } {
  const text = canonicalRow(row);
  return {
    hash: createHash('sha256').update(previous).update(text, 'utf8').digest(),
    leaf: leafHash(text),
  };
}

/**
 * A row's leaf in its batch's Merkle tree: the canonical row itself, not its chain hash, so a
 * proof stands on the row alone and needs no neighbour's hash.
 */
export function rowLeafHash(row: ChainedRow): Buffer {
  return leafHash(canonicalRow(row));
}

/**
 * What a first-version seal signs: the head after the batch, its last position and the sealing
 * time. Seals made before batch roots existed carry this message and stay verifiable with it.
 */
export function sealMessage(head: Buffer, lastPosition: number, sealedAt: Date): Buffer {
  return Buffer.concat([
    Buffer.from(`register-gateway-audit-seal\n${lastPosition}\n${sealedAt.toISOString()}\n`),
    head,
  ]);
}

export interface SealFields {
  firstPosition: number;
  lastPosition: number;
  headHash: Buffer;
  sealedAt: Date;
  /** The batch's Merkle root; null on seals made before roots (version 1). */
  batchRoot: Buffer | null;
}

/**
 * What a second-version seal signs: the batch's positions, the sealing time, the chain's head
 * and the Merkle root of the batch, as plain text lines, so that anyone can rebuild it with
 * `printf` and check the signature with openssl.
 */
export function batchSealMessage(seal: SealFields & { batchRoot: Buffer }): Buffer {
  return Buffer.from(
    'register-gateway-audit-seal v2\n' +
      `positions ${seal.firstPosition}-${seal.lastPosition}\n` +
      `sealed-at ${seal.sealedAt.toISOString()}\n` +
      `head ${seal.headHash.toString('hex')}\n` +
      `root ${seal.batchRoot.toString('hex')}\n`,
    'utf8',
  );
}

/** The message a stored seal's signature covers, by the seal's version. */
export function signedMessageOf(seal: SealFields): Buffer {
  return seal.batchRoot === null
    ? sealMessage(seal.headHash, seal.lastPosition, seal.sealedAt)
    : batchSealMessage({ ...seal, batchRoot: seal.batchRoot });
}

/** A seal as sealing writes it now: with its batch root, and signed. */
export type SealRecord = SealFields & { batchRoot: Buffer; signature: Buffer };
