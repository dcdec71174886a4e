-- Agreement references ('LIG-2026-000042') are numbered from one sequence, so two officers
-- drafting at the same moment never get the same number.
create sequence agreement_reference_numbers;

-- A decided request is drafted into one agreement; its amendments are agreements of their own
-- that point at the agreement they amend (and keep the request for the record).
create unique index agreements_one_per_request on agreements (request_id)
  where request_id is not null and amends_agreement_id is null;

create index agreement_versions_by_agreement on agreement_versions (agreement_id, number);
create index agreement_comments_by_agreement on agreement_comments (agreement_id, id);
