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
