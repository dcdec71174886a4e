-- Each seal also carries the RFC 6962 Merkle root of its batch: the tree over the batch's audit
-- rows in chain order (leaf = SHA-256(0x00 ‖ canonical row)). The root is signed together with
-- the chain's head (a second version of the seal message), so a resident can be given a short
-- proof that one row is in a signed batch (docs/decisions/0009).
--
-- Seals made before this migration keep no root (null) and their first-version signature; every
-- seal made after it has one, set when the seal is inserted. Seals are never updated: the
-- triggers of 0014 refuse UPDATE, DELETE and TRUNCATE on audit_seals, and adding a column does
-- not update a row.
alter table audit_seals
  add column batch_root bytea check (batch_root is null or length(batch_root) = 32);
