import { nodeHash, splitPoint, subtreeRoot, type LeafRange } from './merkle.ts';

/**
 * Consistency proofs of RFC 6962 §2.1.2 (verified as RFC 9162 §2.1.4.2 writes it down): the
 * hashes that show a tree of `m` leaves is the first `m` leaves of a tree of `n`, so that nothing
 * signed earlier was changed or cut when the log grew. A witness keeps the last head it saw and
 * asks for the proof from it to the next one.
 */

/** The subtrees whose roots make PROOF(m, D[n]), in the proof's order (0 < m ≤ n). */
export function consistencyRanges(m: number, n: number): LeafRange[] {
  if (!Number.isSafeInteger(m) || !Number.isSafeInteger(n) || m < 1 || m > n) {
    throw new RangeError(`no consistency proof from ${m} to ${n}`);
  }
  const ranges: LeafRange[] = [];
  subproof(m, 0, n, true, ranges);
  return ranges;
}

/** SUBPROOF(m, D[from:to], b); `b` says whether D[from:from+m] is the old tree itself. */
function subproof(m: number, from: number, to: number, b: boolean, out: LeafRange[]): void {
  if (m === to - from) {
    // The old tree's own root is known to the checker; any other subtree of it is not.
    if (!b) out.push([from, to]);
    return;
  }
  const k = splitPoint(to - from);
  if (m <= k) {
    subproof(m, from, from + k, b, out);
    out.push([from + k, to]);
  } else {
    subproof(m - k, from + k, to, false, out);
    out.push([from, from + k]);
  }
}

/** PROOF(m, D[n]) over leaf hashes already computed. */
export function consistencyProof(leaves: readonly Buffer[], m: number): Buffer[] {
  return consistencyRanges(m, leaves.length).map(([from, to]) => subtreeRoot(leaves, from, to));
}

const isOdd = (x: number) => x % 2 === 1;
// Plain division, not bit shifts: those cut to 32 bits.
const half = (x: number) => Math.floor(x / 2);

/**
 * RFC 9162 §2.1.4.2: whether `firstRoot` (a tree of `m` leaves) is the start of `secondRoot` (a
 * tree of `n`), given the proof. Equal sizes need an empty proof and equal roots.
 */
export function verifyConsistency(
  m: number,
  n: number,
  proof: readonly Buffer[],
  firstRoot: Buffer,
  secondRoot: Buffer,
): boolean {
  if (!Number.isSafeInteger(m) || !Number.isSafeInteger(n) || m < 1 || m > n) return false;
  if (m === n) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (proof.length === 0) return false;
  // An old tree of a power-of-two size is itself a node of the new one: its root starts the path.
  const path = isPowerOfTwo(m) ? [firstRoot, ...proof] : proof;
  let fn = m - 1;
  let sn = n - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  const [start, ...rest] = path;
  if (start === undefined) return false;
  let fr = start;
  let sr = start;
  for (const c of rest) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && fr.equals(firstRoot) && sr.equals(secondRoot);
}

function isPowerOfTwo(x: number): boolean {
  let p = 1;
  while (p < x) p *= 2;
  return p === x;
}
