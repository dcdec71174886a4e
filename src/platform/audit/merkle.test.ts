import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CT_LEAVES } from './ct-reference-leaves.ts';
import { inclusionPath, leafHash, merkleRoot, nodeHash, verifyInclusion } from './merkle.ts';

/** The reference tree heads of Certificate Transparency's tests (RFC 6962), over CT_LEAVES. */
const CT_ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

const hex = (b: Buffer) => b.toString('hex');

/** A tree of 1–70 distinct leaves, and one index in it. */
const treeAndIndex = fc
  .uniqueArray(fc.uint8Array({ minLength: 0, maxLength: 12 }), {
    minLength: 1,
    maxLength: 70,
    selector: (a) => Buffer.from(a).toString('hex'),
  })
  .chain((data) =>
    fc.record({
      leaves: fc.constant(data.map((d) => leafHash(Buffer.from(d)))),
      index: fc.nat({ max: data.length - 1 }),
    }),
  );

describe('the RFC 6962 Merkle tree', () => {
  it('gives the reference tree heads for 0 to 8 leaves', () => {
    for (let n = 0; n <= 8; n++)
      expect(hex(merkleRoot(CT_LEAVES.slice(0, n))), `${n}`).toBe(CT_ROOTS[n]);
  });

  it('gives the reference inclusion proofs', () => {
    expect(inclusionPath(CT_LEAVES, 0).map(hex)).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(inclusionPath(CT_LEAVES, 5).map(hex)).toEqual([
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(inclusionPath(CT_LEAVES.slice(0, 1), 0)).toEqual([]);
  });

  it('keeps leaves and nodes apart by their prefixes', () => {
    const [a, b] = [leafHash('a'), leafHash('b')];
    // A node's two children, presented as one leaf, hash differently from the node.
    expect(leafHash(Buffer.concat([a, b])).equals(nodeHash(a, b))).toBe(false);
  });

  it('verifies every leaf’s proof, in trees of every size', () => {
    fc.assert(
      fc.property(treeAndIndex, ({ leaves, index }) => {
        const root = merkleRoot(leaves);
        const path = inclusionPath(leaves, index);
        const leaf = leaves[index] ?? Buffer.alloc(0);
        expect(verifyInclusion(leaf, index, leaves.length, path, root)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('fails a changed leaf, a changed path hash, a wrong index or size, or a cut path', () => {
    fc.assert(
      fc.property(
        treeAndIndex,
        fc.nat(),
        fc.integer({ min: 0, max: 31 }),
        ({ leaves, index }, pick, byte) => {
          const size = leaves.length;
          const root = merkleRoot(leaves);
          const path = inclusionPath(leaves, index);
          const leaf = leaves[index] ?? Buffer.alloc(0);
          const flipped = (b: Buffer) => {
            const copy = Buffer.from(b);
            copy[byte] = (copy[byte] ?? 0) ^ 0x01;
            return copy;
          };
          expect(verifyInclusion(flipped(leaf), index, size, path, root)).toBe(false);
          expect(verifyInclusion(leaf, index, size, path, flipped(root))).toBe(false);
          // Another leaf of the same tree does not pass with this leaf's path.
          const other = leaves[(index + 1) % size] ?? leaf;
          if (size > 1) expect(verifyInclusion(other, index, size, path, root)).toBe(false);
          if (path.length > 0) {
            const at = pick % path.length;
            const changed = path.map((p, i) => (i === at ? flipped(p) : p));
            expect(verifyInclusion(leaf, index, size, changed, root)).toBe(false);
            expect(verifyInclusion(leaf, index, size, path.slice(0, -1), root)).toBe(false);
            expect(verifyInclusion(leaf, (index + 1) % size, size, path, root)).toBe(false);
          }
          expect(verifyInclusion(leaf, index, size, [...path, root], root)).toBe(false);
          expect(verifyInclusion(leaf, size, size, path, root)).toBe(false);
          expect(verifyInclusion(leaf, -1, size, path, root)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a path for a leaf outside the tree', () => {
    expect(() => inclusionPath(CT_LEAVES, 8)).toThrow(RangeError);
    expect(() => inclusionPath([], 0)).toThrow(RangeError);
  });
});
