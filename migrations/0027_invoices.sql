-- Monthly invoices. An issued invoice never changes: only its payment may be recorded, once; a
-- mistake is corrected by a credit note that refers to it and a new invoice.

-- VAT rates with validity dates: the rate on a day is the latest row on or before it.
create table vat_rates (
  rate_percent integer not null check (rate_percent >= 0 and rate_percent < 100),
  valid_from date not null primary key,
  reason text not null
);
insert into vat_rates (rate_percent, valid_from, reason) values
  (21, '2009-01-01', 'Pievienotās vērtības nodokļa likums, 41. panta pirmā daļa');

-- One gapless series per year: the issuing transaction takes the next number by updating the
-- year's row, so a rolled-back issue takes none and two issues queue on the row.
create table invoice_number_series (
  year integer primary key,
  last integer not null check (last >= 0)
);

create table invoices (
  id bigint generated always as identity primary key,
  number text not null unique,
  year integer not null,
  kind text not null check (kind in ('invoice', 'credit_note')),
  corrects_invoice_id bigint references invoices (id),
  organisation_id bigint not null references organisations (id),
  -- The billed month, YYYY-MM.
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  issued_on date not null,
  due_on date not null,
  status text not null default 'unpaid' check (status in ('unpaid', 'paid')),
  paid_on date,
  paid_reference text,
  paid_by_staff_id bigint references staff_users (id),
  net_cents bigint not null,
  vat_cents bigint not null,
  total_cents bigint not null,
  -- What the PDF, the CSV and the mail show, exactly as issued.
  document jsonb not null,
  -- Set once, in the transaction that issues the credit note correcting this invoice.
  credited boolean not null default false,
  created_at timestamptz not null default now(),
  check ((kind = 'credit_note') = (corrects_invoice_id is not null)),
  check ((status = 'paid') = (paid_on is not null))
);
-- One invoice in force per organisation and month: a credited one steps aside for the new one.
create unique index invoices_one_per_month on invoices (organisation_id, month)
  where kind = 'invoice' and not credited;
create unique index invoices_one_credit_note on invoices (corrects_invoice_id)
  where kind = 'credit_note';
create index invoices_month on invoices (month, organisation_id);

create table invoice_lines (
  invoice_id bigint not null references invoices (id),
  position integer not null,
  type text not null check (type in ('subscription', 'monitoring')),
  environment text not null check (environment in ('test', 'production')),
  first_day date not null,
  last_day date not null,
  quantity integer not null,
  unit_price_cents integer not null,
  -- The amount as the tariff states it (VAT included), and its net and VAT parts.
  amount_cents bigint not null,
  net_cents bigint not null,
  vat_cents bigint not null,
  vat_rate_percent integer not null,
  tariff_code text not null,
  tariff_source text not null,
  primary key (invoice_id, position)
);

-- Issued invoices and their lines are kept as issued: the payment columns and the `credited`
-- mark may each be set once; everything else, and every delete, is refused.
create function invoices_keep_issued() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'append_only: % on % is not allowed', tg_op, tg_table_name
      using errcode = 'P0001';
  end if;
  if (new.id, new.number, new.year, new.kind, new.corrects_invoice_id, new.organisation_id,
      new.month, new.issued_on, new.due_on, new.net_cents, new.vat_cents, new.total_cents,
      new.document::text, new.created_at)
     is distinct from
     (old.id, old.number, old.year, old.kind, old.corrects_invoice_id, old.organisation_id,
      old.month, old.issued_on, old.due_on, old.net_cents, old.vat_cents, old.total_cents,
      old.document::text, old.created_at)
     or (old.status = 'paid' and (new.status, new.paid_on, new.paid_reference,
         new.paid_by_staff_id) is distinct from (old.status, old.paid_on, old.paid_reference,
         old.paid_by_staff_id))
     or (old.credited and not new.credited) then
    raise exception 'append_only: an issued invoice is not changed'
      using errcode = 'P0001';
  end if;
  return new;
end;
$$;
create trigger invoices_issued before update or delete on invoices
  for each row execute function invoices_keep_issued();
create trigger invoice_lines_issued before update or delete on invoice_lines
  for each row execute function refuse_change();
create trigger invoices_no_truncate before truncate on invoices
  for each statement execute function refuse_change();
create trigger invoice_lines_no_truncate before truncate on invoice_lines
  for each statement execute function refuse_change();

-- A month's run: started, then done when every organisation has its invoice. A rerun of a done
-- month makes nothing; a run that stopped half way is taken up again where it stopped.
create table invoice_runs (
  month text primary key check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  invoices_made integer not null default 0
);
