import { sql } from 'kysely';
import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { bulkInsert, type BulkColumn } from '../platform/db/bulk-insert.ts';
import { inBulkTransaction, type BulkWriter } from '../platform/db/bulk-writer.ts';
import { withIndexesDeferred } from '../platform/db/deferred-indexes.ts';
import { buildAddressList } from './data/address-list.ts';
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
  /**
   * A whole register loaded at once: when every table the load writes is empty, their indexes
   * are built after the load instead of kept up row by row. Nothing else may write the register
   * meanwhile (its unique indexes are away until the end).
   */
  fresh?: boolean;
}

/** Every table a load writes, for the emptiness check and the deferred indexes. */
const LOADED_TABLES = [
  'persons',
  'register_changes',
  'person_identity',
  'person_names',
  'person_birth',
  'person_nationality',
  'person_addresses',
  'person_documents',
  'person_deaths',
  'marriages',
  'parentage',
  'bdas_subjects',
  'bdas_fingerprints',
  'bdas_facial_images',
] as const;

/** The ids a batch's persons get, and their change-log entries' numbers, in the batch's order. */
interface BatchIds {
  person: number[];
  change: number[];
}

/**
 * Loads generated households into the register, a batch per transaction, with one change-log
 * entry per person. Each table of a batch is one COPY on PostgreSQL (one unnest insert on
 * PGlite). The persons' ids and change numbers are reserved from their sequences batch after
 * batch, in the generator's order, so a seed gives the same rows, ids included, on both
 * databases, and no batch waits for another's inserts to learn its ids.
 */
export async function loadHouseholds(
  db: Db,
  households: Iterable<GeneratedHousehold>,
  options: LoadOptions,
): Promise<number> {
  if (options.fresh === true && (await loadedTablesEmpty(db))) {
    return withIndexesDeferred(db, LOADED_TABLES, () => loadBatches(db, households, options));
  }
  return loadBatches(db, households, options);
}

async function loadedTablesEmpty(db: Db): Promise<boolean> {
  const checks = LOADED_TABLES.map((table) => sql`not exists (select from ${sql.table(table)})`);
  const result = await sql<{
    empty: boolean;
  }>`select ${sql.join(checks, sql` and `)} as empty`.execute(db);
  return result.rows[0]?.empty === true;
}

async function loadBatches(
  db: Db,
  households: Iterable<GeneratedHousehold>,
  options: LoadOptions,
): Promise<number> {
  const batchSize = options.batchSize ?? 5000;
  const parallel = options.parallel ?? 2;
  const inFlight = new Set<Promise<void>>();
  let loaded = 0;
  let previousReservation: Promise<void> = Promise.resolve();
  const submit = async (batch: GeneratedHousehold[], size: number) => {
    // Ids are reserved batch after batch, in the generator's order, whichever batch starts first.
    // The reservation runs inside the batch's transaction: PGlite has one connection only.
    const after = previousReservation;
    let reserved: () => void = () => undefined;
    previousReservation = new Promise<void>((resolve) => (reserved = resolve));
    // The generator fills the next batch while the database writes this one.
    const task = inBulkTransaction(db, async (writer) => {
      await after;
      const ids = await reserveIds(writer, size).finally(reserved);
      await loadBatch(writer, batch, ids, options);
    })
      .finally(reserved)
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

async function reserveIds(writer: BulkWriter, count: number): Promise<BatchIds> {
  const rows = await writer.query<{ person: number; change: number }>(
    `select nextval(pg_get_serial_sequence('persons', 'id')) as person,
       nextval(pg_get_serial_sequence('register_changes', 'seq')) as change
     from generate_series(1, $1::int)`,
    [count],
  );
  return { person: rows.map((r) => r.person), change: rows.map((r) => r.change) };
}

async function loadBatch(
  writer: BulkWriter,
  households: GeneratedHousehold[],
  ids: BatchIds,
  options: LoadOptions,
): Promise<void> {
  await skipForeignKeyChecks(writer);
  const persons = households.flatMap((h) => h.persons);
  const idOf = new Map<string, number>();
  const seqOf = new Map<string, number>();
  persons.forEach((p, i) => {
    idOf.set(p.personalCode, ids.person[i] as number);
    seqOf.set(p.personalCode, ids.change[i] as number);
  });
  const personId = (code: string): number => {
    const id = idOf.get(code);
    if (id === undefined) throw new Error('A household refers to a person outside it');
    return id;
  };
  const seq = (p: GeneratedPerson): number => seqOf.get(p.personalCode) as number;
  const each = <T>(rows: readonly T[], pick: (row: T) => unknown) => rows.map(pick);
  const perPerson = <T>(pick: (p: GeneratedPerson) => readonly T[]) =>
    persons.flatMap((p) => pick(p).map((item) => ({ p, item })));

  await writer.write('persons', {
    id: { type: 'bigint', values: ids.person },
    personal_code: { type: 'text', values: each(persons, (p) => p.personalCode) },
    dataset: { type: 'text', values: each(persons, () => options.dataset ?? 'production') },
  });
  await writer.write('register_changes', {
    seq: { type: 'bigint', values: ids.change },
    person_id: { type: 'bigint', values: ids.person },
    kind: { type: 'text', values: each(persons, () => 'registration') },
    scopes: { type: 'text[]', values: each(persons, () => DATA_SCOPES) },
    authority: { type: 'text', values: each(persons, () => AUTHORITY) },
    process: { type: 'text', values: each(persons, () => PROCESS) },
  });

  await writer.write('person_identity', {
    person_id: { type: 'bigint', values: ids.person },
    birth_date: { type: 'date', values: each(persons, (p) => p.birthDate) },
    sex: { type: 'text', values: each(persons, (p) => p.sex) },
    status: { type: 'text', values: each(persons, (p) => p.status) },
    change_seq: { type: 'bigint', values: ids.change },
  });

  const names = perPerson((p) => p.names);
  await writer.write('person_names', {
    person_id: { type: 'bigint', values: each(names, (r) => personId(r.p.personalCode)) },
    given_names: { type: 'text', values: each(names, (r) => r.item.givenNames) },
    surname: { type: 'text', values: each(names, (r) => r.item.surname) },
    latin_given_names: { type: 'text', values: each(names, (r) => r.item.latinGivenNames) },
    latin_surname: { type: 'text', values: each(names, (r) => r.item.latinSurname) },
    valid_from: { type: 'date', values: each(names, (r) => r.item.validFrom) },
    reason: { type: 'text', values: each(names, (r) => r.item.reason) },
    change_seq: { type: 'bigint', values: each(names, (r) => seq(r.p)) },
  });

  await writer.write('person_birth', {
    person_id: { type: 'bigint', values: ids.person },
    place: { type: 'text', values: each(persons, (p) => p.birth.place) },
    country: { type: 'text', values: each(persons, (p) => p.birth.country) },
    registration_entry: { type: 'text', values: each(persons, (p) => p.birth.registrationEntry) },
    change_seq: { type: 'bigint', values: ids.change },
  });

  await writer.write('person_nationality', {
    person_id: { type: 'bigint', values: ids.person },
    status: { type: 'text', values: each(persons, (p) => p.nationality.status) },
    country: { type: 'text', values: each(persons, (p) => p.nationality.country) },
    valid_from: { type: 'date', values: each(persons, (p) => p.nationality.validFrom) },
    change_seq: { type: 'bigint', values: ids.change },
  });

  const addresses = perPerson((p) => p.addresses);
  await writer.write('person_addresses', {
    person_id: { type: 'bigint', values: each(addresses, (r) => personId(r.p.personalCode)) },
    address_code: { type: 'text', values: each(addresses, (r) => r.item.addressCode) },
    flat: { type: 'text', values: each(addresses, (r) => r.item.flat) },
    kind: { type: 'text', values: each(addresses, (r) => r.item.kind) },
    valid_from: { type: 'date', values: each(addresses, (r) => r.item.validFrom) },
    valid_to: { type: 'date', values: each(addresses, (r) => r.item.validTo) },
    change_seq: { type: 'bigint', values: each(addresses, (r) => seq(r.p)) },
  });

  const documents = perPerson((p) => p.documents);
  await writer.write('person_documents', {
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
  await writer.write('person_deaths', {
    person_id: { type: 'bigint', values: each(deaths, (p) => personId(p.personalCode)) },
    died_on: { type: 'date', values: each(deaths, (p) => p.death?.date) },
    place: { type: 'text', values: each(deaths, (p) => p.death?.place) },
    change_seq: { type: 'bigint', values: each(deaths, seq) },
  });

  const marriages = households.flatMap((h) => h.marriages);
  await writer.write('marriages', {
    person_a: { type: 'bigint', values: each(marriages, (m) => personId(m.a)) },
    person_b: { type: 'bigint', values: each(marriages, (m) => personId(m.b)) },
    married_on: { type: 'date', values: each(marriages, (m) => m.date) },
    place: { type: 'text', values: each(marriages, (m) => m.place) },
    ended_on: { type: 'date', values: each(marriages, (m) => m.endedOn) },
    end_reason: { type: 'text', values: each(marriages, (m) => m.endReason) },
    change_seq: { type: 'bigint', values: each(marriages, (m) => seqOf.get(m.a)) },
  });

  const parentage = households.flatMap((h) => h.parentage);
  await writer.write('parentage', {
    parent_id: { type: 'bigint', values: each(parentage, (r) => personId(r.parent)) },
    child_id: { type: 'bigint', values: each(parentage, (r) => personId(r.child)) },
    change_seq: { type: 'bigint', values: each(parentage, (r) => seqOf.get(r.child)) },
  });

  await loadBiometrics(writer, persons, personId, seq, options);
}

/**
 * Generated households are consistent by construction (every reference points inside its own
 * batch), so the per-row foreign-key triggers are skipped for the batch, as pg_restore does with
 * --disable-triggers. It needs a superuser; elsewhere the checks simply run. The seed benchmark
 * verifies referential integrity after loading.
 */
async function skipForeignKeyChecks(writer: BulkWriter): Promise<void> {
  try {
    await writer.query('savepoint replica_role');
    await writer.query('set local session_replication_role = replica');
    await writer.query('release savepoint replica_role');
  } catch {
    await writer.query('rollback to savepoint replica_role');
  }
}

async function loadBiometrics(
  writer: BulkWriter,
  persons: GeneratedPerson[],
  personId: (code: string) => number,
  seq: (p: GeneratedPerson) => number,
  options: LoadOptions,
) {
  const enrolled = persons.filter((p) => p.biometrics !== null);
  const current = (p: GeneratedPerson) => p.names[p.names.length - 1];
  // ISO timestamps of one form: the least string is the earliest capture.
  const firstCapture = (p: GeneratedPerson) => {
    let first: string | null = null;
    for (const captures of [p.biometrics?.facialImages ?? [], p.biometrics?.fingerprints ?? []]) {
      for (const c of captures) if (first === null || c.capturedAt < first) first = c.capturedAt;
    }
    return first ?? `${p.birthDate}T12:00:00Z`;
  };
  await writer.write('bdas_subjects', {
    person_id: { type: 'bigint', values: enrolled.map((p) => personId(p.personalCode)) },
    personal_code: { type: 'text', values: enrolled.map((p) => p.personalCode) },
    given_names: { type: 'text', values: enrolled.map((p) => current(p)?.givenNames) },
    surname: { type: 'text', values: enrolled.map((p) => current(p)?.surname) },
    birth_date: { type: 'date', values: enrolled.map((p) => p.birthDate) },
    sex: { type: 'text', values: enrolled.map((p) => p.sex) },
    enrolled_at: { type: 'timestamptz', values: enrolled.map(firstCapture) },
  });
  const prints = enrolled.flatMap((p) => (p.biometrics?.fingerprints ?? []).map((f) => ({ p, f })));
  await writer.write('bdas_fingerprints', {
    person_id: { type: 'bigint', values: prints.map((r) => personId(r.p.personalCode)) },
    finger: { type: 'smallint', values: prints.map((r) => r.f.finger) },
    impression: { type: 'text', values: prints.map((r) => r.f.impression) },
    quality: { type: 'smallint', values: prints.map((r) => r.f.quality) },
    captured_at: { type: 'timestamptz', values: prints.map((r) => r.f.capturedAt) },
    authority: { type: 'text', values: prints.map((r) => r.f.authority) },
    process: { type: 'text', values: prints.map((r) => r.f.process) },
    change_seq: { type: 'bigint', values: prints.map((r) => seq(r.p)) },
  });
  if (options.images)
    await writer.write(
      'bdas_facial_images',
      facialImages(enrolled, personId, seq, options.envelope),
    );
}

/** The enrolled persons' synthetic faces, each sealed with its own data key (never stored bare). */
function facialImages(
  enrolled: GeneratedPerson[],
  personId: (code: string) => number,
  seq: (p: GeneratedPerson) => number,
  envelope: Envelope,
): Record<string, BulkColumn> {
  const rows = enrolled.flatMap((p) =>
    (p.biometrics?.facialImages ?? []).map((image) => {
      const id = personId(p.personalCode);
      const png = drawSyntheticFace(image.faceSeed, p.sex);
      const capturedAt = new Date(image.capturedAt);
      const sealed = envelope.seal(png, imageContext(id, capturedAt));
      return { id, p, image, capturedAt, png, sealed };
    }),
  );
  return {
    person_id: { type: 'bigint', values: rows.map((r) => r.id) },
    captured_at: { type: 'timestamptz', values: rows.map((r) => r.capturedAt) },
    authority: { type: 'text', values: rows.map((r) => r.image.authority) },
    process: { type: 'text', values: rows.map((r) => r.image.process) },
    content_type: { type: 'text', values: rows.map(() => 'image/png') },
    width: { type: 'integer', values: rows.map((r) => r.png.readUInt32BE(16)) },
    height: { type: 'integer', values: rows.map((r) => r.png.readUInt32BE(20)) },
    key_id: { type: 'text', values: rows.map((r) => r.sealed.keyId) },
    wrapped_key: { type: 'bytea', values: rows.map((r) => r.sealed.wrappedKey) },
    iv: { type: 'bytea', values: rows.map((r) => r.sealed.iv) },
    auth_tag: { type: 'bytea', values: rows.map((r) => r.sealed.authTag) },
    ciphertext: { type: 'bytea', values: rows.map((r) => r.sealed.ciphertext) },
    change_seq: { type: 'bigint', values: rows.map((r) => seq(r.p)) },
  };
}
