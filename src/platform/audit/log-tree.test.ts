import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendLeaves,
  frontierRoot,
  fullSubtreesOf,
  joinSubtrees,
  nodeKeyText,
  type TreeNode,
} from './log-tree.ts';
import { inclusionPath, inclusionRanges, leafHash, merkleRoot } from './merkle.ts';
import { consistencyProof, consistencyRanges } from './merkle-consistency.ts';

/** 1–80 leaves, appended in chunks of 1–9, as batches are sealed. */
const grownTree = fc.record({
  count: fc.integer({ min: 1, max: 80 }),
  chunks: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }),
  pick: fc.nat(),
});

describe('the log’s tree kept as full subtrees', () => {
  it('gives the RFC 6962 head at every size, and every proof from stored nodes alone', () => {
    fc.assert(
      fc.property(grownTree, ({ count, chunks, pick }) => {
        const leaves = Array.from({ length: count }, (_, i) => leafHash(`row ${i}`));
        const stored = new Map<string, Buffer>();
        let tree: { frontier: TreeNode[]; size: number } = { frontier: [], size: 0 };
        for (let c = 0; tree.size < count; c++) {
          const take = Math.min(chunks[c % chunks.length] ?? 1, count - tree.size);
          const grown = appendLeaves(
            tree.frontier,
            tree.size,
            leaves.slice(tree.size, tree.size + take),
          );
          for (const node of grown.nodes) stored.set(nodeKeyText(node), node.hash);
          tree = grown;
          expect(frontierRoot(tree.frontier).equals(merkleRoot(leaves.slice(0, tree.size)))).toBe(
            true,
          );
        }
        const fromStore = (range: readonly [number, number]) =>
          joinSubtrees(
            fullSubtreesOf(range).map((k) => stored.get(nodeKeyText(k)) ?? Buffer.alloc(0)),
          );
        const index = pick % count;
        expect(inclusionRanges(index, count).map(fromStore)).toEqual(inclusionPath(leaves, index));
        const m = 1 + (pick % count);
        expect(consistencyRanges(m, count).map(fromStore)).toEqual(consistencyProof(leaves, m));
        // Only complete subtrees are stored: about two nodes a leaf.
        expect(stored.size).toBeLessThan(2 * count);
      }),
      { numRuns: 200 },
    );
  });

  it('splits a range into aligned full subtrees, largest first', () => {
    expect(fullSubtreesOf([0, 13])).toEqual([
      { level: 3, index: 0 },
      { level: 2, index: 2 },
      { level: 0, index: 12 },
    ]);
    expect(fullSubtreesOf([8, 11])).toEqual([
      { level: 1, index: 4 },
      { level: 0, index: 10 },
    ]);
    expect(fullSubtreesOf([0, 0])).toEqual([]);
  });
});
