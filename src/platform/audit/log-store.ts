import { sql, type Kysely } from 'kysely';
import type { PlatformTables } from '../db/tables.ts';
import { nodeKeyText, type NodeKey, type TreeNode } from './log-tree.ts';

/** Queries on the log's tree and its signed heads, nothing else; the rules are in log-tree.ts. */

type Db = Kysely<PlatformTables>;

/** Leaves in the stored tree. */
export async function storedTreeSize(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_tree_nodes')
    .select(sql<number | null>`max(idx) + 1`.as('size'))
    .where('level', '=', 0)
    .executeTakeFirst();
  return row?.size ?? 0;
}

/** The stored hashes of the nodes asked for, by `nodeKeyText`; an absent node is left out. */
export async function treeNodes(db: Db, keys: readonly NodeKey[]): Promise<Map<string, Buffer>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('audit_tree_nodes')
    .select(['level', 'idx', 'hash'])
    .where(
      sql<boolean>`(level, idx) in (${sql.join(keys.map((k) => sql`(${k.level}, ${k.index})`))})`,
    )
    .execute();
  // PGlite answers bytea as a plain Uint8Array, pg as a Buffer.
  return new Map(
    rows.map((r) => [nodeKeyText({ level: r.level, index: r.idx }), Buffer.from(r.hash)]),
  );
}

/** Nodes per INSERT statement. */
const NODES_PER_INSERT = 500;

export async function insertTreeNodes(trx: Db, nodes: readonly TreeNode[]): Promise<void> {
  for (let start = 0; start < nodes.length; start += NODES_PER_INSERT) {
    await trx
      .insertInto('audit_tree_nodes')
      .values(
        nodes
          .slice(start, start + NODES_PER_INSERT)
          .map((n) => ({ level: n.level, idx: n.index, hash: n.hash })),
      )
      .execute();
  }
}

export interface StoredCheckpoint {
  size: number;
  root: Buffer;
  signedAt: Date;
  note: string;
}

function storedCheckpoint(row: {
  tree_size: number;
  root_hash: Buffer;
  signed_at: Date;
  note: string;
}): StoredCheckpoint {
  return {
    size: row.tree_size,
    root: Buffer.from(row.root_hash),
    signedAt: row.signed_at,
    note: row.note,
  };
}

/** The largest signed head, or undefined before the first. */
export async function latestCheckpoint(db: Db): Promise<StoredCheckpoint | undefined> {
  const row = await db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .orderBy('tree_size', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : storedCheckpoint(row);
}

/** Every signed head, smallest first, for `audit verify`. */
export async function checkpointsInOrder(db: Db): Promise<StoredCheckpoint[]> {
  const rows = await db.selectFrom('audit_checkpoints').selectAll().orderBy('tree_size').execute();
  return rows.map(storedCheckpoint);
}

export async function insertCheckpoint(trx: Db, checkpoint: StoredCheckpoint): Promise<void> {
  await trx
    .insertInto('audit_checkpoints')
    .values({
      tree_size: checkpoint.size,
      root_hash: checkpoint.root,
      signed_at: checkpoint.signedAt,
      note: checkpoint.note,
    })
    .execute();
}
