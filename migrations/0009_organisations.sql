-- Organisations that receive Population Register data, their people, and the path from a
-- motivated request to a concluded agreement, connections and tariffs.

create table organisations (
  id bigint generated always as identity primary key,
  -- Latvian register number of a legal person: 11 digits, weighted sum mod 11 = 3.
  registration_number text not null unique check (registration_number ~ '^[0-9]{11}$'),
  name text not null check (length(btrim(name)) > 0),
  -- 'public': a state or municipal body (public-law); 'private': a private-law legal person.
  legal_form text not null check (legal_form in ('public', 'private')),
  address text not null,
  -- Where notices about requests, agreements and connections go.
  email text not null check (email = lower(email)),
  -- Public-law bodies are exempt by default; staff may change it with a reason (see below).
  fee_exempt boolean not null,
  -- An organisation that registered itself counts once its representative confirmed the e-mail.
  confirmed_at timestamptz,
  created_at timestamptz not null default now()
);

create table organisation_contacts (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id),
  name text not null,
  email text not null check (email = lower(email)),
  phone text,
  created_at timestamptz not null default now()
);

create index organisation_contacts_by_organisation on organisation_contacts (organisation_id);

-- Every change of the fee exemption, with who made it and why.
create table fee_exemption_changes (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id),
  fee_exempt boolean not null,
  reason text not null check (length(btrim(reason)) > 0),
  staff_id bigint references staff_users (id),
  changed_at timestamptz not null default now()
);

-- The organisation's people: representatives (who ask, negotiate and manage) and the users of
-- the Person Data Browser. One account per e-mail address across all organisations.
create table org_users (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id),
  name text not null check (length(btrim(name)) > 0),
  email text not null unique check (email = lower(email)),
  role text not null check (role in ('representative', 'pdp_user')),
  -- The responsible user manages the organisation's users; named by a representative.
  is_responsible boolean not null default false,
  -- 'invited': set-up link sent, no password yet; 'locked': five wrong attempts, until unblocked.
  status text not null check (status in ('invited', 'active', 'locked', 'disabled')),
  -- argon2id PHC string; null until the user sets it from the set-up link.
  password_hash text,
  -- TOTP secret, envelope-encrypted; null until set up.
  totp_secret bytea,
  -- The last TOTP time step accepted, so one code cannot be used twice.
  totp_last_step bigint,
  -- SHA-256 of the one-time set-up link's token, and when the link stops working.
  setup_token_hash bytea unique,
  setup_expires_at timestamptz,
  failed_attempts integer not null default 0 check (failed_attempts >= 0),
  locked_at timestamptz,
  created_at timestamptz not null default now(),
  check (status = 'invited' or (password_hash is not null and totp_secret is not null))
);

create index org_users_by_organisation on org_users (organisation_id);

alter table browser_sessions drop constraint browser_sessions_kind_check;
alter table browser_sessions
  add constraint browser_sessions_kind_check check (kind in ('resident', 'staff', 'org_user'));

-- Days that the public-holiday rules do not know: the Cabinet's transferred working days (a
-- Saturday worked) and one-off holidays. Kept as data, changed without a release.
create table calendar_exceptions (
  day date primary key,
  kind text not null check (kind in ('working_day', 'holiday')),
  note text not null
);

-- The motivated request (step 1 of the service): per data scope its legal basis and purpose.
create table access_requests (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id),
  -- Given on submission, e.g. 'PP-2026-000042'.
  reference text unique,
  status text not null
    check (status in ('draft', 'submitted', 'clarification', 'decided', 'withdrawn')),
  environments text[] not null
    check (environments <@ array['test', 'production'] and cardinality(environments) > 0),
  pdp_users integer not null check (pdp_users between 0 and 1000),
  system_connections integer not null check (system_connections between 0 and 100),
  monitoring boolean not null,
  monitoring_persons integer check (monitoring_persons between 1 and 10000000),
  submitted_by bigint references org_users (id),
  submitted_at timestamptz,
  -- The last working day for the answer; moved later by the days spent waiting for clarification.
  deadline date,
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  check ((status = 'draft') = (submitted_at is null)),
  check (submitted_at is null or (reference is not null and deadline is not null)),
  check (monitoring = (monitoring_persons is not null))
);

create index access_requests_by_organisation on access_requests (organisation_id, created_at);
create index access_requests_open_by_deadline on access_requests (deadline)
  where status in ('submitted', 'clarification');

create table access_request_scopes (
  request_id bigint not null references access_requests (id),
  scope text not null check (scope in ('identity', 'names_history', 'birth', 'nationality',
    'addresses', 'documents', 'civil_status', 'relatives', 'death')),
  -- The law and its article, e.g. 'Fizisko personu reģistra likums', '11. panta pirmā daļa'.
  legal_basis_law text not null check (length(btrim(legal_basis_law)) > 0),
  legal_basis_article text not null check (length(btrim(legal_basis_article)) > 0),
  purpose text not null check (length(btrim(purpose)) > 0),
  decision text not null default 'pending' check (decision in ('pending', 'approved', 'refused')),
  decision_reason text,
  decided_by bigint references staff_users (id),
  decided_at timestamptz,
  primary key (request_id, scope),
  check (decision = 'pending' or (decision_reason is not null and decided_at is not null))
);

-- What happened to a request, in order: submission, clarification asked and answered, decisions.
create table access_request_events (
  id bigint generated always as identity primary key,
  request_id bigint not null references access_requests (id),
  kind text not null check (kind in ('submitted', 'clarification_asked', 'clarification_answered',
    'scope_decided', 'decided', 'withdrawn')),
  -- 'organisation' or 'pmlp', and the person who acted.
  side text not null check (side in ('organisation', 'pmlp')),
  actor_name text not null,
  body text,
  -- The deadline as it stood after this event.
  deadline_after date,
  occurred_at timestamptz not null default now()
);

create index access_request_events_by_request on access_request_events (request_id, id);

-- The agreement negotiated from an approved request. Its grants, not the request, are what every
-- access check reads; an amendment is a new agreement that replaces the one it amends.
create table agreements (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id),
  request_id bigint references access_requests (id),
  amends_agreement_id bigint references agreements (id),
  -- e.g. 'LIG-2026-000042'
  reference text not null unique,
  status text not null
    check (status in ('negotiating', 'concluded', 'superseded', 'terminated')),
  environments text[] not null
    check (environments <@ array['test', 'production'] and cardinality(environments) > 0),
  pdp_users integer not null check (pdp_users >= 0),
  system_connections integer not null check (system_connections >= 0),
  monitoring boolean not null,
  monitoring_persons integer,
  -- Whether the organisation's responsible user may create browser users without staff.
  responsible_creates_users boolean not null default false,
  valid_from date not null,
  valid_until date,
  concluded_version integer,
  concluded_at timestamptz,
  -- Access ends from this day (inclusive).
  terminated_from date,
  termination_reason text,
  created_at timestamptz not null default now(),
  check ((status = 'concluded') <= (concluded_version is not null)),
  check (valid_until is null or valid_until >= valid_from)
);

create index agreements_by_organisation on agreements (organisation_id, created_at);
-- An agreement is amended once; the amendment chain is a line, not a tree.
create unique index agreements_one_amendment on agreements (amends_agreement_id)
  where amends_agreement_id is not null;

-- The data scopes an agreement grants, each with its legal basis and purpose.
create table agreement_grants (
  agreement_id bigint not null references agreements (id),
  scope text not null check (scope in ('identity', 'names_history', 'birth', 'nationality',
    'addresses', 'documents', 'civil_status', 'relatives', 'death')),
  legal_basis_law text not null,
  legal_basis_article text not null,
  purpose text not null,
  primary key (agreement_id, scope)
);

-- Every text the two sides wrote, kept; the next number belongs to the side whose turn it is.
create table agreement_versions (
  agreement_id bigint not null references agreements (id),
  number integer not null check (number > 0),
  body text not null,
  side text not null check (side in ('organisation', 'pmlp')),
  author_name text not null,
  created_at timestamptz not null default now(),
  primary key (agreement_id, number)
);

create table agreement_comments (
  id bigint generated always as identity primary key,
  agreement_id bigint not null,
  version integer not null,
  side text not null check (side in ('organisation', 'pmlp')),
  author_name text not null,
  body text not null check (length(btrim(body)) > 0),
  created_at timestamptz not null default now(),
  foreign key (agreement_id, version) references agreement_versions (agreement_id, number)
);

create table agreement_approvals (
  agreement_id bigint not null,
  version integer not null,
  side text not null check (side in ('organisation', 'pmlp')),
  approver_name text not null,
  approved_at timestamptz not null default now(),
  primary key (agreement_id, version, side),
  foreign key (agreement_id, version) references agreement_versions (agreement_id, number)
);

-- A system's connection to one environment: OAuth 2 client credentials with private_key_jwt.
create table connections (
  id bigint generated always as identity primary key,
  organisation_id bigint not null references organisations (id),
  agreement_id bigint not null references agreements (id),
  -- The OAuth client_id the system presents.
  client_id text not null unique,
  environment text not null check (environment in ('test', 'production')),
  name text not null,
  status text not null check (status in ('pending', 'active', 'suspended')),
  -- Fixed source addresses (IPv4/IPv6 or CIDR); empty means any.
  source_addresses text[] not null default '{}',
  activated_at timestamptz,
  suspended_at timestamptz,
  suspension_reason text,
  created_at timestamptz not null default now()
);

create index connections_by_organisation on connections (organisation_id);

-- Public keys of a connection. Rotation adds a key; the old one keeps working until retired.
create table connection_keys (
  id bigint generated always as identity primary key,
  connection_id bigint not null references connections (id),
  kid text not null,
  public_jwk jsonb not null,
  -- The key is refused after this; both sides are warned before.
  expires_at timestamptz not null,
  retired_at timestamptz,
  expiry_warned_at timestamptz,
  added_at timestamptz not null default now(),
  unique (connection_id, kid)
);

-- A client assertion is good once: its jti is kept until the assertion would have expired.
create table client_assertions_used (
  connection_id bigint not null references connections (id),
  jti text not null,
  expires_at timestamptz not null,
  primary key (connection_id, jti)
);

-- Prices with the day they apply from; the price on a day is the latest row on or before it.
create table tariffs (
  id bigint generated always as identity primary key,
  code text not null check (code in ('subscription_up_to_5_users', 'subscription_extra_user',
    'monitoring_up_to_1000_persons', 'monitoring_extra_1000_persons', 'credentials_restore',
    'state_fee_per_person')),
  amount_cents integer not null check (amount_cents >= 0),
  valid_from date not null,
  reason text not null,
  staff_id bigint references staff_users (id),
  created_at timestamptz not null default now(),
  unique (code, valid_from)
);

-- The earlier price list (Cabinet Regulation No. 562, points 4-7; EUR, VAT included) and the
-- state fee of Cabinet Regulation No. 485, sub-point 2.6. Staff change them from a date.
insert into tariffs (code, amount_cents, valid_from, reason) values
  ('subscription_up_to_5_users', 24512, '2017-10-01', 'MK noteikumi Nr. 562, 4. punkts'),
  ('subscription_extra_user', 2378, '2017-10-01', 'MK noteikumi Nr. 562, 5. punkts'),
  ('monitoring_up_to_1000_persons', 4269, '2017-10-01', 'MK noteikumi Nr. 562, 6. punkts'),
  ('monitoring_extra_1000_persons', 1423, '2017-10-01', 'MK noteikumi Nr. 562, 6. punkts'),
  ('credentials_restore', 1423, '2017-10-01', 'MK noteikumi Nr. 562, 7. punkts'),
  ('state_fee_per_person', 200, '2021-07-09', 'MK noteikumi Nr. 485, 2.6. apakšpunkts');
