-- The API's by-code query as one pgbench transaction: the statements the service sends for one
-- person, in its order, with its parameters (pgbench -M extended sends each :variable as a
-- parameter, as node-postgres does). bench/access/pgbench.ts checks, before each run, that the
-- statements between BEGIN and COMMIT are still the ones the service sends.
-- Picking a random person's code is one extra indexed read: the API's clients bring the code.
\set pid random(:first_id, :last_id)
\set org random(:first_org, :last_org)
select personal_code as code from persons where id = :pid \gset
begin;
select "access_revision", "fee_exempt" from "organisations" where "id" = :org;
select "id", "personal_code" from "persons" where "personal_code" in (:code) and "dataset" = :dataset \gset person_
insert into "ledger_movements" ("organisation_id", "kind", "amount_cents", "reference", "idempotency_key", "staff_id") values (:org, :fee_kind, :debit, :reference, NULL, NULL) on conflict ("organisation_id", "idempotency_key") where "idempotency_key" is not null do nothing returning "id" \gset movement_
savepoint before_slot_locks;
with pick as (select organisation_id, slot from balance_slots
      where organisation_id = :org and balance_cents >= :fee
      order by random() limit 1
      for update skip locked), debit as (
      update balance_slots s set balance_cents = s.balance_cents - :fee
      from pick
      where s.organisation_id = pick.organisation_id and s.slot = pick.slot
      returning s.slot
    )
    insert into slot_entries (movement_id, organisation_id, slot, amount_cents)
    select :movement_id, :org, debit.slot, :debit from debit
    returning
      (select coalesce(sum(b.balance_cents), 0)::bigint from balance_slots b
       where b.organisation_id = :org) as balance_before_cents,
      (select o.low_balance_threshold_cents from organisations o
       where o.id = :org) as threshold_cents \gset
select "pa"."id", "pa"."address_code", "pa"."flat", "pa"."kind", "pa"."valid_from", "pa"."valid_to", "al"."street", "al"."house", "al"."settlement", "al"."municipality", "al"."postal_code" from "person_addresses" as "pa" inner join "address_list" as "al" on "al"."code" = "pa"."address_code" where "pa"."person_id" = :person_id and "pa"."superseded_at" is null order by "pa"."valid_from" desc, "pa"."id" desc;
select "id", "change_seq", "recorded_at", "superseded_at", "person_id", "type", "number", "issuer", "issued_on", "expires_on", "status", "status_reason" from "person_documents" where "person_id" = :person_id and "superseded_at" is null order by "issued_on" desc;
select "id", "change_seq", "recorded_at", "superseded_at", "person_id", "birth_date", "sex", "status" from "person_identity" where "person_id" = :person_id and "superseded_at" is null;
select "id", "change_seq", "recorded_at", "superseded_at", "person_id", "given_names", "surname", "latin_given_names", "latin_surname", "valid_from", "reason" from "person_names" where "person_id" = :person_id and "superseded_at" is null order by "valid_from", "id";
insert into "audit_events" ("actor_type", "actor_id", "organisation_id", "subject_person_id", "action", "scopes", "purpose", "legal_basis", "channel", "environment", "fee_cents", "fee_exempt", "reason", "request_id") values (:actor_type, :actor_id, :org, :person_id, :action, :scopes, :purpose, :legal_basis, :channel, :dataset, :fee, :exempt, :reason, :reference) returning "id";
commit;
