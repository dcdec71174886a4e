-- The whole audit log as one append-only RFC 6962 Merkle tree, and its signed heads
-- (docs/decisions/0011). Leaf i is the canonical audit row at chain position i + 1, hashed as in
-- each batch's tree (0018), so the batch roots and proofs already given keep verifying.
--
-- The tree's full subtrees are stored as they complete: node (level, idx) covers leaves
-- idx·2^level … (idx + 1)·2^level − 1. Any head, inclusion path or consistency proof is then a
-- few dozen stored nodes, without reading the log again. Leaves sealed before this migration are
-- added by the sealer before it seals anything new.
create table audit_tree_nodes (
  level smallint not null check (level between 0 and 62),
  idx bigint not null check (idx >= 0),
  hash bytea not null check (length(hash) = 32),
  primary key (level, idx)
);

-- Each signed head of the tree (a C2SP checkpoint: origin, size, root, signed with the seal
-- key). They are kept apart from the seals, chain and rows, so cutting the newest batch out of
-- those still leaves its signed size here; outside witnesses keep the heads they saw too.
create table audit_checkpoints (
  tree_size bigint primary key check (tree_size >= 1),
  root_hash bytea not null check (length(root_hash) = 32),
  signed_at timestamptz not null,
  -- The signed note exactly as served at /audit/checkpoint.
  note text not null
);

create trigger audit_tree_nodes_append_only
  before update or delete on audit_tree_nodes
  for each row execute function refuse_change();
create trigger audit_tree_nodes_no_truncate
  before truncate on audit_tree_nodes
  for each statement execute function refuse_change();
create trigger audit_checkpoints_append_only
  before update or delete on audit_checkpoints
  for each row execute function refuse_change();
create trigger audit_checkpoints_no_truncate
  before truncate on audit_checkpoints
  for each statement execute function refuse_change();
