import { sql } from 'kysely';
import type { Db } from '../../src/database.ts';
import type { Envelope } from '../../src/platform/crypto/envelope.ts';
import type { GeneratedHousehold as Household } from '../../src/register/generator/types.ts';
import { generateHouseholds, loadHouseholds } from '../../src/register/setup.ts';

/**
 * One generated population loaded in steps: the first `loadUpTo(10_000)` loads the first ten
 * thousand persons, a later `loadUpTo(2_000_000)` the rest of the same population, so the small
 * data set is the start of the large one and no personal code repeats.
 */
export function stagedPopulation(db: Db, envelope: Envelope, seed: string, total: number) {
  const households = generateHouseholds({ seed, persons: total });
  let loaded = 0;
  function* upTo(target: number): Generator<Household> {
    while (loaded < target) {
      const next = households.next();
      if (next.done === true) return;
      loaded += next.value.persons.length;
      yield next.value;
    }
  }
  return {
    async loadUpTo(target: number, onProgress?: (persons: number) => void): Promise<number> {
      const before = loaded;
      await loadHouseholds(db, upTo(target), {
        images: false,
        envelope,
        onProgress: (done) => onProgress?.(before + done),
      });
      return loaded;
    },
  };
}

/** What the schema's comment says once its population is loaded whole. */
const loadedMark = (persons: number) => `access bench: ${persons} persons loaded`;

/** Whether an earlier run loaded `persons` whole into `schema` (a cut-short load does not count). */
export async function populationLoaded(db: Db, schema: string, persons: number): Promise<boolean> {
  const { rows } = await sql<{ comment: string | null }>`
    select obj_description(oid, 'pg_namespace') as comment from pg_namespace
    where nspname = ${schema}`.execute(db);
  return rows[0]?.comment === loadedMark(persons);
}

/** Loads a generated population of `persons` into the schema, and marks it loaded. */
export async function loadPopulation(
  db: Db,
  envelope: Envelope,
  schema: string,
  persons: number,
  onProgress: (persons: number) => void,
): Promise<void> {
  await loadHouseholds(db, generateHouseholds({ seed: 'access-bench', persons }), {
    images: false,
    envelope,
    onProgress,
  });
  await sql`comment on schema ${sql.id(schema)} is ${sql.lit(loadedMark(persons))}`.execute(db);
}
