import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CT_LEAVES } from './ct-reference-leaves.ts';
import { leafHash, merkleRoot } from './merkle.ts';
import { consistencyProof, consistencyRanges, verifyConsistency } from './merkle-consistency.ts';

const hex = (b: Buffer) => b.toString('hex');

/** Distinct leaves for a tree of 1–70, and two sizes m ≤ n in it. */
const twoTrees = fc
  .uniqueArray(fc.uint8Array({ minLength: 0, maxLength: 8 }), {
    minLength: 1,
    maxLength: 70,
    selector: (a) => Buffer.from(a).toString('hex'),
  })
  .chain((data) =>
    fc
      .record({ n: fc.integer({ min: 1, max: data.length }), pick: fc.nat() })
      .map(({ n, pick }) => ({
        leaves: data.map((d) => leafHash(Buffer.from(d))),
        n,
        m: 1 + (pick % n),
      })),
  );

const flipped = (b: Buffer, byte: number) => {
  const copy = Buffer.from(b);
  copy[byte % 32] = (copy[byte % 32] ?? 0) ^ 0x01;
  return copy;
};

describe('RFC 6962 consistency proofs', () => {
  it('gives the reference proofs of Certificate Transparency', () => {
    const proof = (m: number, n: number) => consistencyProof(CT_LEAVES.slice(0, n), m).map(hex);
    expect(proof(1, 1)).toEqual([]);
    expect(proof(1, 8)).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(proof(6, 8)).toEqual([
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(proof(2, 5)).toEqual([
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ]);
  });

  it('verifies the proof between any two sizes of a tree', () => {
    fc.assert(
      fc.property(twoTrees, ({ leaves, m, n }) => {
        const tree = leaves.slice(0, n);
        const proof = consistencyProof(tree, m);
        const first = merkleRoot(tree.slice(0, m));
        expect(verifyConsistency(m, n, proof, first, merkleRoot(tree))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('fails a changed hash, a changed root, another old size, a cut or a longer proof', () => {
    fc.assert(
      fc.property(twoTrees, fc.nat(), fc.nat(), ({ leaves, m, n }, pick, byte) => {
        const tree = leaves.slice(0, n);
        const proof = consistencyProof(tree, m);
        const first = merkleRoot(tree.slice(0, m));
        const second = merkleRoot(tree);
        expect(verifyConsistency(m, n, proof, flipped(first, byte), second)).toBe(false);
        expect(verifyConsistency(m, n, proof, first, flipped(second, byte))).toBe(false);
        if (proof.length > 0) {
          const at = pick % proof.length;
          const changed = proof.map((p, i) => (i === at ? flipped(p, byte) : p));
          expect(verifyConsistency(m, n, changed, first, second)).toBe(false);
          expect(verifyConsistency(m, n, proof.slice(0, -1), first, second)).toBe(false);
        }
        expect(verifyConsistency(m, n, [...proof, second], first, second)).toBe(false);
        if (m > 1) expect(verifyConsistency(m - 1, n, proof, first, second)).toBe(false);
        // A different old tree (one of its leaves changed) is not the start of this one.
        const other = tree.slice(0, m).map((l, i) => (i === pick % m ? flipped(l, byte) : l));
        expect(verifyConsistency(m, n, proof, merkleRoot(other), second)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses sizes that are not 0 < m ≤ n', () => {
    expect(() => consistencyRanges(0, 3)).toThrow(RangeError);
    expect(() => consistencyRanges(4, 3)).toThrow(RangeError);
    expect(verifyConsistency(0, 3, [], Buffer.alloc(32), Buffer.alloc(32))).toBe(false);
  });
});
