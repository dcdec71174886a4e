import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../src/database.ts';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import { imageContext } from '../src/register/biometrics.ts';
import { drawSyntheticFace } from '../src/register/generator/synthetic-face.ts';
import type { GeneratedHousehold } from '../src/register/generator/types.ts';
import { generateHouseholds, loadHouseholds } from '../src/register/setup.ts';
import { createTestDatabase } from './support/database.ts';

const envelope = createEnvelope(Buffer.alloc(32, 5));
const REGISTER_TABLES = [
  'persons',
  'register_changes',
  'person_names',
  'person_addresses',
  'person_documents',
  'marriages',
  'parentage',
  'bdas_subjects',
  'bdas_fingerprints',
  'bdas_facial_images',
];
let db: Db;
let close: () => Promise<void>;

beforeEach(async () => {
  const database = await createTestDatabase();
  db = database.db;
  close = () => database.close();
});
afterEach(async () => {
  await close();
});

/** Every index and constraint of the register's tables, as the catalog defines them. */
async function schemaOfRegister(): Promise<string[]> {
  const result = await sql<{ definition: string }>`
    select pg_get_indexdef(i.indexrelid) as definition from pg_index i
    where i.indrelid in (select to_regclass(t) from unnest(${REGISTER_TABLES}::text[]) as t)
    union all
    select c.conname || ' ' || pg_get_constraintdef(c.oid) || ' ' || c.convalidated from pg_constraint c
    where c.conrelid in (select to_regclass(t) from unnest(${REGISTER_TABLES}::text[]) as t)
    order by 1`.execute(db);
  return result.rows.map((r) => r.definition);
}

async function count(table: string): Promise<number> {
  const result = await sql<{
    n: number;
  }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
  return result.rows[0]?.n ?? -1;
}

describe('loading a generated population', () => {
  it('writes every generated row, ids in the order generated, and keeps the indexes as they were', async () => {
    const before = await schemaOfRegister();
    const households = [...generateHouseholds({ seed: 'seed-test', persons: 700 })];
    const loaded = await loadHouseholds(db, households, {
      images: false,
      envelope,
      batchSize: 200,
      fresh: true,
    });
    expect(loaded).toBe(700);
    expect(await schemaOfRegister()).toEqual(before);

    const persons = households.flatMap((h) => h.persons);
    const rows = await db
      .selectFrom('persons')
      .select(['id', 'personal_code'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.personal_code)).toEqual(persons.map((p) => p.personalCode));
    expect(rows.map((r) => r.id - (rows[0]?.id ?? 0))).toEqual(persons.map((_, i) => i));
    const sum = (pick: (h: GeneratedHousehold) => number) =>
      households.reduce((n, h) => n + pick(h), 0);
    const perPerson = (pick: (p: (typeof persons)[number]) => number) =>
      persons.reduce((n, p) => n + pick(p), 0);
    expect(await count('register_changes')).toBe(700);
    expect(await count('person_names')).toBe(perPerson((p) => p.names.length));
    expect(await count('person_addresses')).toBe(perPerson((p) => p.addresses.length));
    expect(await count('person_documents')).toBe(perPerson((p) => p.documents.length));
    expect(await count('marriages')).toBe(sum((h) => h.marriages.length));
    expect(await count('parentage')).toBe(sum((h) => h.parentage.length));
    expect(await count('bdas_fingerprints')).toBe(
      perPerson((p) => p.biometrics?.fingerprints.length ?? 0),
    );

    // Each person's change-log entry is the one its rows name.
    const mismatched = await sql<{ n: number }>`
      select count(*)::int as n from person_names n
      join register_changes c on c.seq = n.change_seq where c.person_id <> n.person_id`.execute(db);
    expect(mismatched.rows[0]?.n).toBe(0);
    const name = await db
      .selectFrom('person_names')
      .innerJoin('persons', 'persons.id', 'person_names.person_id')
      .select(['given_names', 'surname', 'latin_surname', 'valid_from'])
      .where('personal_code', '=', persons[0]?.personalCode ?? '')
      .orderBy('person_names.id')
      .execute();
    expect(name).toEqual(
      persons[0]?.names.map((n) => ({
        given_names: n.givenNames,
        surname: n.surname,
        latin_surname: n.latinSurname,
        valid_from: n.validFrom,
      })),
    );
  });

  it('adds to a register that has persons already, without touching its indexes', async () => {
    const before = await schemaOfRegister();
    const households = generateHouseholds({ seed: 'seed-test', persons: 300 });
    const take = function* (n: number) {
      for (let loaded = 0; loaded < n;) {
        const next = households.next();
        if (next.done === true) return;
        loaded += next.value.persons.length;
        yield next.value;
      }
    };
    await loadHouseholds(db, take(100), { images: false, envelope, fresh: true });
    await loadHouseholds(db, take(300), { images: false, envelope, fresh: true });
    expect(await count('persons')).toBe(300);
    expect(await schemaOfRegister()).toEqual(before);
  });

  it('stores facial images encrypted, each opening to the face drawn for it', async () => {
    const households = [...generateHouseholds({ seed: 'seed-faces', persons: 12 })];
    await loadHouseholds(db, households, { images: true, envelope });
    const images = await db
      .selectFrom('bdas_facial_images')
      .innerJoin('persons', 'persons.id', 'bdas_facial_images.person_id')
      .selectAll('bdas_facial_images')
      .select('personal_code')
      .orderBy('bdas_facial_images.id')
      .execute();
    const expected = households
      .flatMap((h) => h.persons)
      .flatMap((p) => (p.biometrics?.facialImages ?? []).map((image) => ({ p, image })));
    expect(images.length).toBe(expected.length);
    expect(images.length).toBeGreaterThan(0);
    images.forEach((row, i) => {
      const { p, image } = expected[i] as (typeof expected)[number];
      const png = drawSyntheticFace(image.faceSeed, p.sex);
      expect(row.personal_code).toBe(p.personalCode);
      expect(row.ciphertext.includes(png.subarray(0, 16))).toBe(false);
      const opened = envelope.open(
        {
          keyId: row.key_id,
          wrappedKey: row.wrapped_key,
          iv: row.iv,
          authTag: row.auth_tag,
          ciphertext: row.ciphertext,
        },
        imageContext(row.person_id, row.captured_at),
      );
      expect(opened.equals(png)).toBe(true);
      expect([row.width, row.height]).toEqual([png.readUInt32BE(16), png.readUInt32BE(20)]);
    });
  });

  it('builds the indexes again when a fresh load fails, and keeps the batches written before', async () => {
    const before = await schemaOfRegister();
    const failing = function* () {
      yield* generateHouseholds({ seed: 'seed-test', persons: 150 });
      throw new Error('generator failed');
    };
    await expect(
      loadHouseholds(db, failing(), { images: false, envelope, batchSize: 100, fresh: true }),
    ).rejects.toThrow('generator failed');
    expect(await schemaOfRegister()).toEqual(before);
    expect(await count('persons')).toBeGreaterThanOrEqual(100);
  });

  it('writes nothing of a batch a row of it is refused in', async () => {
    const households = [...generateHouseholds({ seed: 'seed-test', persons: 50 })];
    await loadHouseholds(db, households.slice(0, 1), { images: false, envelope });
    // The first household again: its personal codes are taken, so its batch is refused whole.
    await expect(
      loadHouseholds(db, households, { images: false, envelope, batchSize: 1000 }),
    ).rejects.toThrow();
    expect(await count('persons')).toBe(households[0]?.persons.length);
    expect(await count('register_changes')).toBe(households[0]?.persons.length);
  });
});
