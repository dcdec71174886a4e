import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { ensureAddressList, loadHouseholds } from './bulk-load-store.ts';
import { generateHouseholds } from './generator/population.ts';
import { loadWellKnownPersons, WELL_KNOWN_PERSONS } from './well-known-persons.ts';

/** Reference data and demo population: used at start and by the CLI, never by requests. */
export { ensureAddressList, loadHouseholds, generateHouseholds, WELL_KNOWN_PERSONS };

/** The well-known test persons and `count` generated ones with images, once per database. */
export async function loadDemoPopulation(db: Db, envelope: Envelope, count: number): Promise<void> {
  const existing = await db
    .selectFrom('persons')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('dataset', '=', 'production')
    .executeTakeFirstOrThrow();
  if (existing.n > 0) return;
  await loadWellKnownPersons(db, envelope);
  await loadHouseholds(db, generateHouseholds({ seed: 'demo', persons: count }), {
    images: true,
    envelope,
  });
}

/**
 * The test environment's own persons: generated from another seed into the 'test' data set, once.
 * Organisations try their systems on these; production persons never answer there.
 */
export async function loadTestDataset(db: Db, envelope: Envelope, count: number): Promise<void> {
  const existing = await db
    .selectFrom('persons')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('dataset', '=', 'test')
    .executeTakeFirstOrThrow();
  if (existing.n > 0) return;
  await loadHouseholds(db, generateHouseholds({ seed: 'test-environment', persons: count }), {
    images: false,
    envelope,
    dataset: 'test',
  });
}
