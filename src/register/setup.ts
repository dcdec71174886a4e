import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { ensureAddressList, loadHouseholds } from './bulk-load-store.ts';
import { generateHouseholds } from './generator/population.ts';
import type { GeneratedHousehold } from './generator/types.ts';
import type { Dataset } from './tables.ts';
import {
  loadWellKnownPersons,
  WELL_KNOWN_CODES,
  WELL_KNOWN_PERSONS,
} from './well-known-persons.ts';

/** Reference data and demo population: used at start and by the CLI, never by requests. */
export { ensureAddressList, loadHouseholds, generateHouseholds, WELL_KNOWN_PERSONS };

/** The well-known test persons and `count` generated ones with images, once per database. */
export async function loadDemoPopulation(db: Db, envelope: Envelope, count: number): Promise<void> {
  if ((await countPersons(db, 'production')) > 0) return;
  await loadWellKnownPersons(db, envelope);
  await loadHouseholds(db, beside(generateHouseholds({ seed: 'demo', persons: count })), {
    images: true,
    envelope,
  });
}

/**
 * The test data set's well-known persons, loaded once into any database, so that every test
 * environment answers them (the documentation promises it), with or without demo data.
 */
export async function ensureTestPersons(db: Db, envelope: Envelope): Promise<void> {
  await loadWellKnownPersons(db, envelope, 'test');
}

/**
 * The test environment's own persons: the well-known ones, and generated ones from another seed
 * into the 'test' data set, once. Organisations try their systems on these; production persons
 * never answer there.
 */
export async function loadTestDataset(db: Db, envelope: Envelope, count: number): Promise<void> {
  await ensureTestPersons(db, envelope);
  if ((await countPersons(db, 'test')) > WELL_KNOWN_PERSONS.length) return;
  await loadHouseholds(
    db,
    beside(generateHouseholds({ seed: 'test-environment', persons: count })),
    {
      images: false,
      envelope,
      dataset: 'test',
    },
  );
}

async function countPersons(db: Db, dataset: Dataset): Promise<number> {
  const row = await db
    .selectFrom('persons')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('dataset', '=', dataset)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Generated households, leaving out any that would take a well-known person's code. */
function* beside(households: Iterable<GeneratedHousehold>): Generator<GeneratedHousehold> {
  for (const household of households) {
    if (!household.persons.some((p) => WELL_KNOWN_CODES.has(p.personalCode))) yield household;
  }
}
