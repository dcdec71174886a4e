import { FOREIGN_COUNTRIES, type ForeignCountry } from '../data/countries.ts';
import type { NameOrigin } from '../data/names.ts';
import { MILESTONES } from './milestones.ts';
import { WeightedTable, type Random } from './random.ts';
import type { NationalityStatus } from './types.ts';

export interface Nationality {
  status: NationalityStatus;
  /** The foreign state of a foreigner; null for citizens, non-citizens and stateless persons. */
  country: ForeignCountry | null;
}

const CITIZEN: Nationality = { status: 'citizen', country: null };
const NON_CITIZEN: Nationality = { status: 'non_citizen', country: null };
const STATELESS: Nationality = { status: 'stateless', country: null };

const FOREIGN_NATIONALS = new WeightedTable(
  FOREIGN_COUNTRIES.map((c) => [c, c.foreignNationals] as const),
);

// Shares among household heads. Households of persons born in the USSR era carry most
// non-citizens; the shares are tuned so the whole population comes out near 85 % citizens,
// 10 % non-citizens (all born before 1991), 4–5 % foreigners and a few stateless persons.
const BORN_BEFORE_1991 = new WeightedTable<'citizen' | 'non_citizen' | 'foreigner' | 'stateless'>([
  ['citizen', 78],
  ['non_citizen', 18],
  ['foreigner', 3.6],
  ['stateless', 0.4],
]);
const BORN_SINCE_1991 = new WeightedTable<'citizen' | 'foreigner' | 'stateless'>([
  ['citizen', 92],
  ['foreigner', 7.6],
  ['stateless', 0.4],
]);

/** The nationality of a household's first adult. */
export function householdNationality(random: Random, birthDay: number): Nationality {
  const status =
    birthDay < MILESTONES.nonCitizensBornBefore
      ? BORN_BEFORE_1991.pick(random)
      : BORN_SINCE_1991.pick(random);
  return fromStatus(random, status);
}

/** Spouses mostly share a status; a non-citizen spouse born after 1990 is a citizen instead. */
export function spouseNationality(
  random: Random,
  partner: Nationality,
  birthDay: number,
): Nationality {
  const chosen = random.chance(0.8) ? partner : householdNationality(random, birthDay);
  return forBirthDay(chosen, birthDay);
}

/** The household's status as it applies to one member: non-citizens are all born before 1991. */
export function forBirthDay(nationality: Nationality, birthDay: number): Nationality {
  return nationality.status === 'non_citizen' && birthDay >= MILESTONES.nonCitizensBornBefore
    ? CITIZEN
    : nationality;
}

/**
 * A child is a citizen if a parent is; children of non-citizens born after 1990 are registered as
 * citizens too; foreigners' children share their nationality.
 */
export function childNationality(parents: readonly Nationality[], birthDay: number): Nationality {
  if (parents.some((p) => p.status === 'citizen')) return CITIZEN;
  const first = parents[0] ?? CITIZEN;
  if (first.status === 'non_citizen') {
    return birthDay < MILESTONES.nonCitizensBornBefore ? NON_CITIZEN : CITIZEN;
  }
  return first;
}

function fromStatus(random: Random, status: NationalityStatus): Nationality {
  switch (status) {
    case 'citizen':
      return CITIZEN;
    case 'non_citizen':
      return NON_CITIZEN;
    case 'stateless':
      return STATELESS;
    case 'foreigner':
      return { status, country: FOREIGN_NATIONALS.pick(random) };
  }
}

/** Whether the family's names are Latvian or Russian-speaking in origin. */
export function nameOrigin(random: Random, nationality: Nationality): NameOrigin {
  switch (nationality.status) {
    case 'citizen':
      return random.chance(0.2) ? 'slavic' : 'latvian';
    case 'non_citizen':
      return random.chance(0.92) ? 'slavic' : 'latvian';
    case 'stateless':
      return random.chance(0.8) ? 'slavic' : 'latvian';
    case 'foreigner':
      return nationality.country?.slavicNames === true ? 'slavic' : 'latvian';
  }
}

/**
 * Since when the status holds: citizens from birth or from the 1991 restoration of citizens'
 * rights (some Russian-speaking citizens by naturalisation later), non-citizens from the 1995
 * law, foreigners and stateless persons from their arrival (or birth in Latvia).
 */
export function nationalityValidFrom(
  random: Random,
  nationality: Nationality,
  origin: NameOrigin,
  birthDay: number,
  arrivalDay: number | null,
  today: number,
): number {
  switch (nationality.status) {
    case 'citizen': {
      if (birthDay >= MILESTONES.citizenshipRecords) return birthDay;
      const adultFrom = Math.max(MILESTONES.naturalisation, birthDay + 18 * 365);
      if (origin === 'slavic' && adultFrom < today && random.chance(0.4)) {
        return random.dayBetween(adultFrom, today);
      }
      return MILESTONES.citizenshipRecords;
    }
    case 'non_citizen':
      return Math.max(birthDay, MILESTONES.nonCitizenStatus);
    case 'foreigner':
    case 'stateless':
      return Math.max(arrivalDay ?? birthDay, birthDay);
  }
}
