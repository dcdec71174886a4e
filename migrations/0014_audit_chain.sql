-- Sealing the audit log into a SHA-256 chain, after the rows are written. Queries append audit
-- rows freely; a sealer takes the rows committed so far, in batches, and chains them in the order
-- it seals them. A row whose transaction commits late (a lower id after higher ones) is simply
-- chained in a later batch: the chain order is the sealing order, and nothing is skipped.

create table audit_chain (
  -- Position in the chain, 1, 2, 3, … without gaps.
  position bigint primary key,
  event_id bigint not null unique references audit_events (id),
  -- SHA-256 over the previous row's hash and this row's canonical form.
  hash bytea not null check (length(hash) = 32),
  seal_id bigint not null
);

-- One batch: the chain's head after it, signed with the service's Ed25519 key.
create table audit_seals (
  id bigint generated always as identity primary key,
  first_position bigint not null,
  last_position bigint not null,
  head_hash bytea not null check (length(head_hash) = 32),
  sealed_at timestamptz not null,
  signature bytea not null,
  check (last_position >= first_position)
);

-- Every audit row below `sealed_below` is in the chain, so the sealer looks only above it. Ids
-- are taken before commit, so a running transaction may still hold a lower id than rows already
-- visible: the watermark moves to `pending_below` only once every transaction that was running
-- when it was read (all below `pending_xmax`) has ended.
create table audit_seal_state (
  singleton boolean primary key default true check (singleton),
  sealed_below bigint not null,
  pending_below bigint,
  pending_xmax xid8
);
insert into audit_seal_state (sealed_below) values (1);

create trigger audit_chain_append_only
  before update or delete on audit_chain
  for each row execute function refuse_change();
create trigger audit_chain_no_truncate
  before truncate on audit_chain
  for each statement execute function refuse_change();
create trigger audit_seals_append_only
  before update or delete on audit_seals
  for each row execute function refuse_change();
create trigger audit_seals_no_truncate
  before truncate on audit_seals
  for each statement execute function refuse_change();
