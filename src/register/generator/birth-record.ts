import { FOREIGN_COUNTRIES, type ForeignCountry } from '../data/countries.ts';
import { registryOffice, type Municipality } from '../data/municipalities.ts';
import { placeName } from './address-picker.ts';
import type { GeneratorContext } from './context.ts';
import type { Nationality } from './nationality.ts';
import { WeightedTable, type Random } from './random.ts';
import type { GeneratedPerson } from './types.ts';

const NON_CITIZEN_BIRTH_COUNTRIES = new WeightedTable(
  FOREIGN_COUNTRIES.filter((c) => c.nonCitizenBirths > 0).map(
    (c) => [c, c.nonCitizenBirths] as const,
  ),
);
const CITIZEN_BIRTH_COUNTRIES = new WeightedTable(
  FOREIGN_COUNTRIES.filter((c) => c.citizenBirths > 0).map((c) => [c, c.citizenBirths] as const),
);

export interface BirthCircumstances {
  nationality: Nationality;
  birthDay: number;
  /** Foreigners and stateless persons: when they came to Latvia; born before it means abroad. */
  arrivalDay: number | null;
  /** Where the family lived at the birth, if known: most children are born in its hospital. */
  homeMunicipality: Municipality | null;
}

/** Place and country of birth and the civil registry entry that recorded it. */
export function birthRecord(
  ctx: GeneratorContext,
  random: Random,
  circumstances: BirthCircumstances,
): GeneratedPerson['birth'] {
  const abroad = countryOfBirthAbroad(random, circumstances);
  if (abroad !== null) {
    return {
      place: random.pick(abroad.cities),
      country: abroad.code,
      // Births abroad reach the register from the foreign certificate, not from a Latvian entry.
      registrationEntry: `Ārvalstu dzimšanas apliecība Nr. ${random.int(100_000, 999_999)}`,
    };
  }
  const home = circumstances.homeMunicipality;
  const slot = ctx.addresses.pickSlot(
    random,
    home !== null && random.chance(0.75) ? home : undefined,
  );
  // Entries are numbered per office and year; big offices reach a few thousand a year.
  const entriesPerYear = Math.max(60, Math.round(slot.municipality.population * 12));
  return {
    place: placeName(slot),
    country: 'LV',
    registrationEntry: `${registryOffice(slot.municipality)}, ieraksts Nr. ${random.int(1, entriesPerYear)}`,
  };
}

function countryOfBirthAbroad(random: Random, c: BirthCircumstances): ForeignCountry | null {
  switch (c.nationality.status) {
    case 'citizen':
      return random.chance(0.035) ? CITIZEN_BIRTH_COUNTRIES.pick(random) : null;
    case 'non_citizen':
      return random.chance(0.4) ? NON_CITIZEN_BIRTH_COUNTRIES.pick(random) : null;
    case 'foreigner':
    case 'stateless': {
      const bornHere = c.arrivalDay !== null && c.birthDay >= c.arrivalDay;
      if (bornHere) return null;
      return c.nationality.country ?? NON_CITIZEN_BIRTH_COUNTRIES.pick(random);
    }
  }
}
