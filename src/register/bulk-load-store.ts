import { sql } from 'kysely';
import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { bulkInsert } from '../platform/db/bulk-insert.ts';
import { buildAddressList } from './data/address-list.ts';
import { toLatinLetters } from './data/names.ts';
import { imageContext } from './biometrics.ts';
import { drawSyntheticFace } from './generator/synthetic-face.ts';
import type { GeneratedHousehold, GeneratedPerson } from './generator/types.ts';
import { DATA_SCOPES } from './scopes.ts';
import type { Dataset } from './tables.ts';

const AUTHORITY = 'PMLP';
const PROCESS = 'initial_load';

/** Loads the address register's list once; safe when several processes start together. */
export async function ensureAddressList(db: Db): Promise<number> {
  const existing = await db
    .selectFrom('address_list')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (existing.n > 0) return existing.n;
  const list = buildAddressList();
  const chunk = 5000;
  for (let i = 0; i < list.length; i += chunk) {
    const part = list.slice(i, i + chunk);
    // Another process starting at the same moment may have loaded some rows already.
    await bulkInsert(
      db,
      'address_list',
      {
        code: { type: 'text', values: part.map((a) => a.code) },
        municipality: { type: 'text', values: part.map((a) => a.municipality) },
        settlement: { type: 'text', values: part.map((a) => a.settlement) },
        street: { type: 'text', values: part.map((a) => a.street) },
        house: { type: 'text', values: part.map((a) => a.house) },
        postal_code: { type: 'text', values: part.map((a) => a.postalCode) },
      },
      { skipExisting: true },
    );
  }
  return list.length;
}

export interface LoadOptions {
  /** Draw, encrypt and store facial images (slow: the country-size load leaves them out). */
  images: boolean;
  envelope: Envelope;
  /** Persons per transaction. */
  batchSize?: number;
  /** Transactions in flight at once (PGlite runs them one after another anyway). */
  parallel?: number;
  onProgress?: (loaded: number) => void;
  /** The register's own persons, or the test environment's data set. */
  dataset?: Dataset;
}

/**
 * Loads generated households into the register, a batch per transaction, with one change-log
 * entry per person. Column arrays and unnest keep it to a dozen statements per batch.
 */
export async function loadHouseholds(
  db: Db,
  households: Iterable<GeneratedHousehold>,
  options: LoadOptions,
): Promise<number> {
  const batchSize = options.batchSize ?? 5000;
  const parallel = options.parallel ?? 2;
  const inFlight = new Set<Promise<void>>();
  let loaded = 0;
  const submit = async (batch: GeneratedHousehold[], size: number) => {
    // The generator fills the next batch while the database writes this one.
    const task = db
      .transaction()
      .execute((trx) => loadBatch(trx, batch, options))
      .then(() => {
        loaded += size;
        options.onProgress?.(loaded);
      });
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= parallel) await Promise.race(inFlight);
  };
  let batch: GeneratedHousehold[] = [];
  let size = 0;
  try {
    for (const household of households) {
      batch.push(household);
      size += household.persons.length;
      if (size >= batchSize) {
        await submit(batch, size);
        batch = [];
        size = 0;
      }
    }
    if (batch.length > 0) await submit(batch, size);
    await Promise.all(inFlight);
  } catch (error) {
    // Let the batches still writing finish or fail before reporting the first failure.
    await Promise.allSettled(inFlight);
    throw error;
  }
  return loaded;
}

async function loadBatch(trx: Db, households: GeneratedHousehold[], options: LoadOptions) {
  await skipForeignKeyChecks(trx);
  const persons = households.flatMap((h) => h.persons);
  const ids = await trx
    .insertInto('persons')
    .values(
      persons.map((p) => ({
        personal_code: p.personalCode,
        dataset: options.dataset ?? 'production',
      })),
    )
    .returning(['id', 'personal_code'])
    .execute();
  const idOf = new Map(ids.map((r) => [r.personal_code, r.id]));
  const personId = (code: string): number => {
    const id = idOf.get(code);
    if (id === undefined) throw new Error('A household refers to a person outside it');
    return id;
  };
  const changes = await sql<{ seq: number; person_id: number }>`
    insert into register_changes (person_id, kind, scopes, authority, process)
    select id, 'registration', ${`{${DATA_SCOPES.join(',')}}`}::text[], ${AUTHORITY}, ${PROCESS}
    from unnest(${ids.map((r) => r.id)}::bigint[]) as id
    returning seq, person_id`.execute(trx);
  const seqOf = new Map(changes.rows.map((r) => [r.person_id, r.seq]));
  const seq = (p: GeneratedPerson): number => seqOf.get(personId(p.personalCode)) as number;

  const each = <T>(rows: readonly T[], pick: (row: T) => unknown) => rows.map(pick);
  const perPerson = <T>(pick: (p: GeneratedPerson) => readonly T[]) =>
    persons.flatMap((p) => pick(p).map((item) => ({ p, item })));

  await bulkInsert(trx, 'person_identity', {
    person_id: { type: 'bigint', values: each(persons, (p) => personId(p.personalCode)) },
    birth_date: { type: 'date', values: each(persons, (p) => p.birthDate) },
    sex: { type: 'text', values: each(persons, (p) => p.sex) },
    status: { type: 'text', values: each(persons, (p) => p.status) },
    change_seq: { type: 'bigint', values: each(persons, seq) },
  });

  const names = perPerson((p) => p.names);
  await bulkInsert(trx, 'person_names', {
    person_id: { type: 'bigint', values: each(names, (r) => personId(r.p.personalCode)) },
    given_names: { type: 'text', values: each(names, (r) => r.item.givenNames) },
    surname: { type: 'text', values: each(names, (r) => r.item.surname) },
    latin_given_names: {
      type: 'text',
      values: each(names, (r) => toLatinLetters(r.item.givenNames)),
    },
    latin_surname: { type: 'text', values: each(names, (r) => toLatinLetters(r.item.surname)) },
    valid_from: { type: 'date', values: each(names, (r) => r.item.validFrom) },
    reason: { type: 'text', values: each(names, (r) => r.item.reason) },
    change_seq: { type: 'bigint', values: each(names, (r) => seq(r.p)) },
  });

  await bulkInsert(trx, 'person_birth', {
    person_id: { type: 'bigint', values: each(persons, (p) => personId(p.personalCode)) },
    place: { type: 'text', values: each(persons, (p) => p.birth.place) },
    country: { type: 'text', values: each(persons, (p) => p.birth.country) },
    registration_entry: { type: 'text', values: each(persons, (p) => p.birth.registrationEntry) },
    change_seq: { type: 'bigint', values: each(persons, seq) },
  });

  await bulkInsert(trx, 'person_nationality', {
    person_id: { type: 'bigint', values: each(persons, (p) => personId(p.personalCode)) },
    status: { type: 'text', values: each(persons, (p) => p.nationality.status) },
    country: { type: 'text', values: each(persons, (p) => p.nationality.country) },
    valid_from: { type: 'date', values: each(persons, (p) => p.nationality.validFrom) },
    change_seq: { type: 'bigint', values: each(persons, seq) },
  });

  const addresses = perPerson((p) => p.addresses);
  await bulkInsert(trx, 'person_addresses', {
    person_id: { type: 'bigint', values: each(addresses, (r) => personId(r.p.personalCode)) },
    address_code: { type: 'text', values: each(addresses, (r) => r.item.addressCode) },
    flat: { type: 'text', values: each(addresses, (r) => r.item.flat) },
    kind: { type: 'text', values: each(addresses, (r) => r.item.kind) },
    valid_from: { type: 'date', values: each(addresses, (r) => r.item.validFrom) },
    valid_to: { type: 'date', values: each(addresses, (r) => r.item.validTo) },
    change_seq: { type: 'bigint', values: each(addresses, (r) => seq(r.p)) },
  });

  const documents = perPerson((p) => p.documents);
  await bulkInsert(trx, 'person_documents', {
    person_id: { type: 'bigint', values: each(documents, (r) => personId(r.p.personalCode)) },
    type: { type: 'text', values: each(documents, (r) => r.item.type) },
    number: { type: 'text', values: each(documents, (r) => r.item.number) },
    issuer: { type: 'text', values: each(documents, (r) => r.item.issuer) },
    issued_on: { type: 'date', values: each(documents, (r) => r.item.issuedOn) },
    expires_on: { type: 'date', values: each(documents, (r) => r.item.expiresOn) },
    status: { type: 'text', values: each(documents, (r) => r.item.status) },
    change_seq: { type: 'bigint', values: each(documents, (r) => seq(r.p)) },
  });

  const deaths = persons.filter((p) => p.death !== null);
  await bulkInsert(trx, 'person_deaths', {
    person_id: { type: 'bigint', values: each(deaths, (p) => personId(p.personalCode)) },
    died_on: { type: 'date', values: each(deaths, (p) => p.death?.date) },
    place: { type: 'text', values: each(deaths, (p) => p.death?.place) },
    change_seq: { type: 'bigint', values: each(deaths, seq) },
  });

  const marriages = households.flatMap((h) => h.marriages);
  await bulkInsert(trx, 'marriages', {
    person_a: { type: 'bigint', values: each(marriages, (m) => personId(m.a)) },
    person_b: { type: 'bigint', values: each(marriages, (m) => personId(m.b)) },
    married_on: { type: 'date', values: each(marriages, (m) => m.date) },
    place: { type: 'text', values: each(marriages, (m) => m.place) },
    ended_on: { type: 'date', values: each(marriages, (m) => m.endedOn) },
    end_reason: { type: 'text', values: each(marriages, (m) => m.endReason) },
    change_seq: { type: 'bigint', values: each(marriages, (m) => seqOf.get(personId(m.a))) },
  });

  const parentage = households.flatMap((h) => h.parentage);
  await bulkInsert(trx, 'parentage', {
    parent_id: { type: 'bigint', values: each(parentage, (r) => personId(r.parent)) },
    child_id: { type: 'bigint', values: each(parentage, (r) => personId(r.child)) },
    change_seq: { type: 'bigint', values: each(parentage, (r) => seqOf.get(personId(r.child))) },
  });

  await loadBiometrics(trx, persons, personId, seq, options);
}

/**
 * Generated households are consistent by construction (every reference points inside its own
 * batch), so the per-row foreign-key triggers are skipped for the batch, as pg_restore does with
 * --disable-triggers. It needs a superuser; elsewhere the checks simply run. The seed benchmark
 * verifies referential integrity after loading.
 */
async function skipForeignKeyChecks(trx: Db): Promise<void> {
  try {
    await sql`savepoint replica_role`.execute(trx);
    await sql`set local session_replication_role = replica`.execute(trx);
    await sql`release savepoint replica_role`.execute(trx);
  } catch {
    await sql`rollback to savepoint replica_role`.execute(trx);
  }
}

async function loadBiometrics(
  trx: Db,
  persons: GeneratedPerson[],
  personId: (code: string) => number,
  seq: (p: GeneratedPerson) => number,
  options: LoadOptions,
) {
  const enrolled = persons.filter((p) => p.biometrics !== null);
  const current = (p: GeneratedPerson) => p.names[p.names.length - 1];
  const firstCapture = (p: GeneratedPerson) =>
    [...(p.biometrics?.facialImages ?? []), ...(p.biometrics?.fingerprints ?? [])]
      .map((c) => c.capturedAt)
      .sort()[0] ?? `${p.birthDate}T12:00:00Z`;
  await bulkInsert(trx, 'bdas_subjects', {
    person_id: { type: 'bigint', values: enrolled.map((p) => personId(p.personalCode)) },
    personal_code: { type: 'text', values: enrolled.map((p) => p.personalCode) },
    given_names: { type: 'text', values: enrolled.map((p) => current(p)?.givenNames) },
    surname: { type: 'text', values: enrolled.map((p) => current(p)?.surname) },
    birth_date: { type: 'date', values: enrolled.map((p) => p.birthDate) },
    sex: { type: 'text', values: enrolled.map((p) => p.sex) },
    enrolled_at: { type: 'timestamptz', values: enrolled.map(firstCapture) },
  });
  const prints = enrolled.flatMap((p) => (p.biometrics?.fingerprints ?? []).map((f) => ({ p, f })));
  await bulkInsert(trx, 'bdas_fingerprints', {
    person_id: { type: 'bigint', values: prints.map((r) => personId(r.p.personalCode)) },
    finger: { type: 'smallint', values: prints.map((r) => r.f.finger) },
    impression: { type: 'text', values: prints.map((r) => r.f.impression) },
    quality: { type: 'smallint', values: prints.map((r) => r.f.quality) },
    captured_at: { type: 'timestamptz', values: prints.map((r) => r.f.capturedAt) },
    authority: { type: 'text', values: prints.map((r) => r.f.authority) },
    process: { type: 'text', values: prints.map((r) => r.f.process) },
    change_seq: { type: 'bigint', values: prints.map((r) => seq(r.p)) },
  });
  if (!options.images) return;
  for (const p of enrolled) {
    const id = personId(p.personalCode);
    for (const image of p.biometrics?.facialImages ?? []) {
      const png = drawSyntheticFace(image.faceSeed, p.sex);
      const capturedAt = new Date(image.capturedAt);
      const sealed = options.envelope.seal(png, imageContext(id, capturedAt));
      await trx
        .insertInto('bdas_facial_images')
        .values({
          person_id: id,
          captured_at: capturedAt,
          authority: image.authority,
          process: image.process,
          content_type: 'image/png',
          width: png.readUInt32BE(16),
          height: png.readUInt32BE(20),
          key_id: sealed.keyId,
          wrapped_key: sealed.wrappedKey,
          iv: sealed.iv,
          auth_tag: sealed.authTag,
          ciphertext: sealed.ciphertext,
          change_seq: seq(p),
        })
        .execute();
    }
  }
}
