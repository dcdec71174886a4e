import { createHash } from 'node:crypto';

/**
 * The Merkle tree of RFC 6962 (Certificate Transparency), as restated in RFC 9162 §2.1: leaves
 * and inner nodes are hashed with different one-byte prefixes, so a leaf can never pass for a
 * node, and an n-leaf tree splits at the largest power of two below n. Each seal carries the root
 * of its batch; a proof is the list of sibling hashes from one leaf up to that root.
 */

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** SHA-256(0x00 ‖ data): the hash of one leaf. */
export function leafHash(data: Buffer | string): Buffer {
  return createHash('sha256')
    .update(LEAF_PREFIX)
    .update(typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
    .digest();
}

/** SHA-256(0x01 ‖ left ‖ right): the hash of an inner node. */
export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** The largest power of two smaller than n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) over leaf hashes already computed; the empty tree is SHA-256 of nothing. */
export function merkleRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  return subtreeRoot(leaves, 0, leaves.length);
}

/** MTH(D[from:to]) of the leaves given. */
export function subtreeRoot(leaves: readonly Buffer[], from: number, to: number): Buffer {
  const n = to - from;
  if (n === 1) {
    const leaf = leaves[from];
    if (leaf === undefined) throw new RangeError('leaf out of range');
    return leaf;
  }
  const k = splitPoint(n);
  return nodeHash(subtreeRoot(leaves, from, from + k), subtreeRoot(leaves, from + k, to));
}

/** A subtree of the tree, as the leaves it covers: D[from:to]. */
export type LeafRange = readonly [from: number, to: number];

/**
 * The subtrees whose roots make PATH(index, D[size]), nearest first. Naming the subtrees rather
 * than hashing them lets the log's stored tree answer from its stored nodes.
 */
export function inclusionRanges(index: number, size: number): LeafRange[] {
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
    throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  }
  const ranges: LeafRange[] = [];
  let from = 0;
  let to = size;
  let m = index;
  // Walk down from the root, keeping the other side of each split; the path lists them upwards.
  while (to - from > 1) {
    const k = splitPoint(to - from);
    if (m < k) {
      ranges.push([from + k, to]);
      to = from + k;
    } else {
      ranges.push([from, from + k]);
      from += k;
      m -= k;
    }
  }
  return ranges.reverse();
}

/** PATH(m, D[n]): the sibling hashes from leaf `index` up to the root, nearest first. */
export function inclusionPath(leaves: readonly Buffer[], index: number): Buffer[] {
  return inclusionRanges(index, leaves.length).map(([from, to]) => subtreeRoot(leaves, from, to));
}

/**
 * RFC 9162 §2.1.3.2: whether `leaf` is at `index` of a tree of `size` leaves whose root is
 * `root`, given the path. A path of the wrong length, a wrong index or any changed hash fails.
 */
export function verifyInclusion(
  leaf: Buffer,
  index: number,
  size: number,
  path: readonly Buffer[],
  root: Buffer,
): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size)) return false;
  if (index < 0 || index >= size) return false;
  // Plain numbers, not bit operators: those cut to 32 bits.
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}
