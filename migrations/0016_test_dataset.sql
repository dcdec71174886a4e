-- The test environment answers from a data set of its own: generated persons kept beside the
-- register's persons, never mixed with them. A code may exist in both (test data is fiction), so
-- codes are unique within a data set; everything about production reads 'production' only.
alter table persons
  add column dataset text not null default 'production' check (dataset in ('production', 'test'));
alter table persons drop constraint persons_personal_code_key;
alter table persons add constraint persons_code_in_dataset unique (personal_code, dataset);
