-- The state fee is prepaid: each organisation has a balance, kept as an append-only ledger.
-- A busy organisation must not serialise on one balance row, so its balance is split into a few
-- slots that debits pick from (skipping slots other transactions hold) and that are refilled
-- from each other when one runs dry. The balance is the sum of the slots.

-- What the organisation sees: deposits and fees, each with its reference.
create table ledger_movements (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id),
  kind text not null check (kind in ('deposit', 'state_fee', 'rebalance')),
  -- Positive for deposits, negative for fees, zero for moving money between slots.
  amount_cents bigint not null,
  -- The bank transfer's reference for a deposit; the query's request id for a fee.
  reference text not null,
  -- A retried call with the same key finds this movement instead of paying again.
  idempotency_key text,
  staff_id bigint references staff_users (id),
  created_at timestamptz not null default now(),
  check (
    (kind = 'deposit' and amount_cents > 0)
    or (kind = 'state_fee' and amount_cents < 0)
    or (kind = 'rebalance' and amount_cents = 0)
  )
);

create index ledger_movements_by_organisation on ledger_movements (organisation_id, id);
create unique index ledger_movements_idempotency on ledger_movements (organisation_id, idempotency_key)
  where idempotency_key is not null;

create table balance_slots (
  organisation_id bigint not null references organisations (id),
  slot smallint not null check (slot >= 0),
  balance_cents bigint not null check (balance_cents >= 0),
  primary key (organisation_id, slot)
);

-- How each movement changed each slot; a slot's balance always equals the sum of its entries.
create table slot_entries (
  movement_id bigint not null references ledger_movements (id),
  organisation_id bigint not null,
  slot smallint not null,
  amount_cents bigint not null check (amount_cents <> 0),
  primary key (movement_id, slot),
  foreign key (organisation_id, slot) references balance_slots (organisation_id, slot)
);

create index slot_entries_by_slot on slot_entries (organisation_id, slot);

create trigger ledger_movements_append_only
  before update or delete on ledger_movements
  for each row execute function refuse_change();
create trigger ledger_movements_no_truncate
  before truncate on ledger_movements
  for each statement execute function refuse_change();
create trigger slot_entries_append_only
  before update or delete on slot_entries
  for each row execute function refuse_change();
create trigger slot_entries_no_truncate
  before truncate on slot_entries
  for each statement execute function refuse_change();

-- Below this balance the organisation is told by e-mail; null: never.
alter table organisations add column low_balance_threshold_cents bigint
  check (low_balance_threshold_cents >= 0);
