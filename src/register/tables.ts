import type { Generated } from 'kysely';

/** Columns every history-keeping scope table has. */
interface History {
  id: Generated<number>;
  change_seq: number;
  recorded_at: Generated<Date>;
  superseded_at: Date | null;
}

/** The register's own persons, or the generated persons the test environment answers from. */
export type Dataset = 'production' | 'test';

export interface RegisterTables {
  address_list: {
    code: string;
    municipality: string;
    settlement: string;
    street: string;
    house: string;
    postal_code: string;
  };
  persons: {
    id: Generated<number>;
    personal_code: string;
    dataset: Generated<Dataset>;
    created_at: Generated<Date>;
  };
  register_changes: {
    seq: Generated<number>;
    person_id: number;
    kind: string;
    scopes: string[];
    authority: string;
    process: string;
    occurred_at: Generated<Date>;
    /** The writing transaction's id (xid8, as text): monitoring reads changes in commit order. */
    xid: Generated<string>;
  };
  person_identity: History & { person_id: number; birth_date: string; sex: string; status: string };
  person_names: History & {
    person_id: number;
    given_names: string;
    surname: string;
    latin_given_names: string;
    latin_surname: string;
    valid_from: string;
    reason: string;
  };
  person_birth: History & {
    person_id: number;
    place: string;
    country: string;
    registration_entry: string;
  };
  person_nationality: History & {
    person_id: number;
    status: string;
    country: string | null;
    valid_from: string;
  };
  person_addresses: History & {
    person_id: number;
    address_code: string;
    flat: string | null;
    kind: string;
    valid_from: string;
    valid_to: string | null;
  };
  person_documents: History & {
    person_id: number;
    type: string;
    number: string;
    issuer: string;
    issued_on: string;
    expires_on: string;
    status: string;
    status_reason: string | null;
  };
  marriages: History & {
    person_a: number;
    person_b: number;
    married_on: string;
    place: string;
    ended_on: string | null;
    end_reason: string | null;
  };
  parentage: History & { parent_id: number; child_id: number };
  person_deaths: History & { person_id: number; died_on: string; place: string };
  bdas_subjects: {
    person_id: number;
    personal_code: string;
    given_names: string;
    surname: string;
    birth_date: string;
    sex: string;
    enrolled_at: Date;
  };
  bdas_facial_images: {
    id: Generated<number>;
    person_id: number;
    captured_at: Date;
    authority: string;
    process: string;
    content_type: string;
    width: number;
    height: number;
    key_id: string;
    wrapped_key: Buffer;
    iv: Buffer;
    auth_tag: Buffer;
    ciphertext: Buffer;
    change_seq: number;
    recorded_at: Generated<Date>;
  };
  bdas_fingerprints: {
    id: Generated<number>;
    person_id: number;
    finger: number;
    impression: string;
    quality: number;
    captured_at: Date;
    authority: string;
    process: string;
    change_seq: number;
    recorded_at: Generated<Date>;
  };
}
