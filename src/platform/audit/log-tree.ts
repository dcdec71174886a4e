import { createHash } from 'node:crypto';
import { nodeHash, type LeafRange } from './merkle.ts';

/**
 * The whole audit log as one RFC 6962 tree, kept as its full subtrees: node (level, index) covers
 * leaves index·2^level … (index + 1)·2^level − 1 and is stored once it is complete, never changed
 * after. Every subtree an RFC 6962 proof names is a few such nodes side by side, so heads, paths
 * and consistency proofs come from stored nodes without reading the log again.
 */

export interface NodeKey {
  level: number;
  index: number;
}

export interface TreeNode extends NodeKey {
  hash: Buffer;
}

export const nodeKeyText = (key: NodeKey) => `${key.level}/${key.index}`;

/**
 * The full subtrees that make D[from:to], largest first: D[from:to] is a subtree of an RFC 6962
 * tree, so `from` is aligned on every power of two its size reaches.
 */
export function fullSubtreesOf([from, to]: LeafRange): NodeKey[] {
  const keys: NodeKey[] = [];
  let at = from;
  while (at < to) {
    let size = 1;
    while (size * 2 <= to - at && at % (size * 2) === 0) size *= 2;
    keys.push({ level: Math.log2(size), index: at / size });
    at += size;
  }
  return keys;
}

/** The root over full subtrees side by side, largest first: each joins the ones after it. */
export function joinSubtrees(hashes: readonly Buffer[]): Buffer {
  const last = hashes.at(-1);
  if (last === undefined) return createHash('sha256').digest();
  let root = last;
  for (let i = hashes.length - 2; i >= 0; i--) root = nodeHash(hashes[i] ?? root, root);
  return root;
}

/**
 * Adds leaves to a tree whose full subtrees of [0, size) (`fullSubtreesOf([0, size])`, with
 * their hashes) are given: answers every node completed on the way, and the new full subtrees.
 */
export function appendLeaves(
  frontier: readonly TreeNode[],
  size: number,
  leaves: readonly Buffer[],
): { nodes: TreeNode[]; frontier: TreeNode[]; size: number } {
  const stack = [...frontier];
  const nodes: TreeNode[] = [];
  leaves.forEach((hash, i) => {
    let node: TreeNode = { level: 0, index: size + i, hash };
    nodes.push(node);
    // Like a binary counter: two neighbours of one level carry into their parent.
    for (let left = stack.at(-1); left?.level === node.level; left = stack.at(-1)) {
      stack.pop();
      node = { level: node.level + 1, index: left.index / 2, hash: nodeHash(left.hash, node.hash) };
      nodes.push(node);
    }
    stack.push(node);
  });
  return { nodes, frontier: stack, size: size + leaves.length };
}

/** The head of a tree from its full subtrees. */
export const frontierRoot = (frontier: readonly TreeNode[]) =>
  joinSubtrees(frontier.map((n) => n.hash));
