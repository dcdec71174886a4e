-- The Population Register and BDAS.
--
-- Every data scope keeps its history: a row is never changed, except that the row a change
-- replaces gets its superseded_at set, once. The current state is the rows whose superseded_at
-- is null. Every row names the change-log entry that wrote it.

create function register_row_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'register_history: rows of % are never deleted', tg_table_name
      using errcode = 'P0001';
  end if;
  if old.superseded_at is not null
     or (to_jsonb(new) - 'superseded_at') is distinct from (to_jsonb(old) - 'superseded_at') then
    raise exception 'register_history: rows of % are never changed, only superseded once', tg_table_name
      using errcode = 'P0001';
  end if;
  return new;
end;
$$;

-- The address register's list of addresses that may be declared.
create table address_list (
  code text primary key,
  municipality text not null,
  settlement text not null,
  street text not null,
  house text not null,
  postal_code text not null
);

create index address_list_street on address_list (lower(street), house);

create table persons (
  id bigint generated always as identity primary key,
  personal_code text not null unique,
  created_at timestamptz not null default now()
);

-- The ordered change log: one entry per person per change, in the transaction of the change.
create table register_changes (
  seq bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  kind text not null,
  scopes text[] not null,
  authority text not null,
  process text not null,
  occurred_at timestamptz not null default now()
);

create index register_changes_person on register_changes (person_id, seq);

create trigger register_changes_append_only
  before update or delete on register_changes
  for each row execute function refuse_change();

create table person_identity (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  birth_date date not null,
  sex text not null check (sex in ('male', 'female')),
  status text not null check (status in ('active', 'deceased', 'emigrated')),
  change_seq bigint not null references register_changes (seq),
  recorded_at timestamptz not null default now(),
  superseded_at timestamptz
);

create unique index person_identity_current on person_identity (person_id) where superseded_at is null;

create table person_names (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  given_names text not null,
  surname text not null,
  latin_given_names text not null,
  latin_surname text not null,
  valid_from date not null,
  reason text not null check (reason in ('birth', 'marriage', 'divorce', 'change_of_name')),
  change_seq bigint not null references register_changes (seq),
  recorded_at timestamptz not null default now(),
  superseded_at timestamptz
);

create index person_names_person on person_names (person_id, valid_from) where superseded_at is null;
create index person_names_search on person_names (lower(surname), lower(given_names)) where superseded_at is null;

create table person_birth (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  place text not null,
  country text not null check (country ~ '^[A-Z]{2}$'),
  registration_entry text not null,
  change_seq bigint not null references register_changes (seq),
  recorded_at timestamptz not null default now(),
  superseded_at timestamptz
);

create unique index person_birth_current on person_birth (person_id) where superseded_at is null;

create table person_nationality (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  status text not null check (status in ('citizen', 'non_citizen', 'foreigner', 'stateless')),
  country text check (country ~ '^[A-Z]{2}$'),
  valid_from date not null,
  change_seq bigint not null references register_changes (seq),
  recorded_at timestamptz not null default now(),
  superseded_at timestamptz
);

create index person_nationality_person on person_nationality (person_id, valid_from) where superseded_at is null;

create table person_addresses (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  address_code text not null references address_list (code),
  flat text,
  kind text not null check (kind in ('declared', 'additional')),
  valid_from date not null,
  valid_to date,
  change_seq bigint not null references register_changes (seq),
  recorded_at timestamptz not null default now(),
  superseded_at timestamptz,
  check (valid_to is null or valid_to >= valid_from)
);

create index person_addresses_person on person_addresses (person_id) where superseded_at is null;
create unique index person_addresses_one_declared on person_addresses (person_id)
  where superseded_at is null and kind = 'declared' and valid_to is null;

create table person_documents (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  type text not null check (type in ('passport', 'eid_card', 'residence_permit')),
  number text not null,
  issuer text not null,
  issued_on date not null,
  expires_on date not null,
  status text not null check (status in ('valid', 'invalidated', 'expired')),
  status_reason text,
  change_seq bigint not null references register_changes (seq),
  recorded_at timestamptz not null default now(),
  superseded_at timestamptz,
  check (expires_on > issued_on)
);

create index person_documents_person on person_documents (person_id) where superseded_at is null;
create unique index person_documents_number on person_documents (number) where superseded_at is null;

create table marriages (
  id bigint generated always as identity primary key,
  person_a bigint not null references persons (id),
  person_b bigint not null references persons (id),
  married_on date not null,
  place text not null,
  ended_on date,
  end_reason text check (end_reason in ('divorce', 'death')),
  change_seq bigint not null references register_changes (seq),
  recorded_at timestamptz not null default now(),
  superseded_at timestamptz,
  check (person_a <> person_b),
  check ((ended_on is null) = (end_reason is null)),
  check (ended_on is null or ended_on >= married_on)
);

create index marriages_a on marriages (person_a) where superseded_at is null;
create index marriages_b on marriages (person_b) where superseded_at is null;

create table parentage (
  id bigint generated always as identity primary key,
  parent_id bigint not null references persons (id),
  child_id bigint not null references persons (id),
  change_seq bigint not null references register_changes (seq),
  recorded_at timestamptz not null default now(),
  superseded_at timestamptz,
  check (parent_id <> child_id)
);

create index parentage_parent on parentage (parent_id) where superseded_at is null;
create index parentage_child on parentage (child_id) where superseded_at is null;

create table person_deaths (
  id bigint generated always as identity primary key,
  person_id bigint not null references persons (id),
  died_on date not null,
  place text not null,
  change_seq bigint not null references register_changes (seq),
  recorded_at timestamptz not null default now(),
  superseded_at timestamptz
);

create unique index person_deaths_current on person_deaths (person_id) where superseded_at is null;

-- BDAS: its own copy of the basic data (it may lag behind the register, which is why residents
-- can report deficiencies), facial images encrypted with a per-image data key, fingerprints.
create table bdas_subjects (
  person_id bigint primary key references persons (id),
  personal_code text not null,
  given_names text not null,
  surname text not null,
  birth_date date not null,
  sex text not null check (sex in ('male', 'female')),
  enrolled_at timestamptz not null
);

create table bdas_facial_images (
  id bigint generated always as identity primary key,
  person_id bigint not null references bdas_subjects (person_id),
  captured_at timestamptz not null,
  authority text not null,
  process text not null check (process in ('identity_document', 'driving_licence', 'seafarer_document', 'residence_permit')),
  content_type text not null,
  width integer not null,
  height integer not null,
  key_id text not null,
  wrapped_key bytea not null,
  iv bytea not null,
  auth_tag bytea not null,
  ciphertext bytea not null,
  change_seq bigint not null references register_changes (seq),
  recorded_at timestamptz not null default now()
);

create index bdas_facial_images_person on bdas_facial_images (person_id, captured_at);

create table bdas_fingerprints (
  id bigint generated always as identity primary key,
  person_id bigint not null references bdas_subjects (person_id),
  finger smallint not null check (finger between 1 and 10),
  impression text not null check (impression in ('plain', 'rolled')),
  quality smallint not null check (quality between 0 and 100),
  captured_at timestamptz not null,
  authority text not null,
  process text not null check (process in ('identity_document', 'driving_licence', 'seafarer_document', 'residence_permit')),
  change_seq bigint not null references register_changes (seq),
  recorded_at timestamptz not null default now()
);

create index bdas_fingerprints_person on bdas_fingerprints (person_id, captured_at);

create trigger person_identity_history before update or delete on person_identity
  for each row execute function register_row_append_only();

create trigger person_names_history before update or delete on person_names
  for each row execute function register_row_append_only();

create trigger person_birth_history before update or delete on person_birth
  for each row execute function register_row_append_only();

create trigger person_nationality_history before update or delete on person_nationality
  for each row execute function register_row_append_only();

create trigger person_addresses_history before update or delete on person_addresses
  for each row execute function register_row_append_only();

create trigger person_documents_history before update or delete on person_documents
  for each row execute function register_row_append_only();

create trigger marriages_history before update or delete on marriages
  for each row execute function register_row_append_only();

create trigger parentage_history before update or delete on parentage
  for each row execute function register_row_append_only();

create trigger person_deaths_history before update or delete on person_deaths
  for each row execute function register_row_append_only();

create trigger bdas_facial_images_append_only before update or delete on bdas_facial_images
  for each row execute function refuse_change();

create trigger bdas_fingerprints_append_only before update or delete on bdas_fingerprints
  for each row execute function refuse_change();
