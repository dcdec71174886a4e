import {
  GIVEN_NAME_GROUPS,
  SURNAMES,
  type NameEra,
  type NameOrigin,
  type SurnamePair,
} from '../data/names.ts';
import { yearOf } from './dates.ts';
import type { Random } from './random.ts';
import type { GeneratedName, Sex } from './types.ts';

/** A name in a person's history while drafting; dates are day numbers. */
export interface NameEntry {
  givenNames: string;
  surname: string;
  from: number;
  reason: GeneratedName['reason'];
}

const givenNameLists = new Map<string, readonly string[]>();
for (const group of GIVEN_NAME_GROUPS) {
  givenNameLists.set(listKey(group.sex, group.origin, group.era), group.names);
}

const surnamesByOrigin: Record<NameOrigin, readonly SurnamePair[]> = {
  latvian: SURNAMES.filter((s) => s.origin === 'latvian'),
  slavic: SURNAMES.filter((s) => s.origin === 'slavic'),
};

function listKey(sex: Sex, origin: NameOrigin, era: NameEra): string {
  return `${sex}|${origin}|${era}`;
}

function eraOf(birthDay: number): NameEra {
  const year = yearOf(birthDay);
  if (year < 1960) return 'before_1960';
  return year <= 1995 ? 'from_1960_to_1995' : 'after_1995';
}

/** One given name, or two for about one person in nine ("Anna Marija"). */
export function pickGivenNames(
  random: Random,
  sex: Sex,
  origin: NameOrigin,
  birthDay: number,
): string {
  const list = givenNameLists.get(listKey(sex, origin, eraOf(birthDay)));
  if (list === undefined) throw new Error(`no given names for ${sex} ${origin}`);
  const first = random.pick(list);
  if (!random.chance(0.11)) return first;
  const second = random.pick(list);
  return second === first ? first : `${first} ${second}`;
}

export function pickSurname(random: Random, origin: NameOrigin): SurnamePair {
  return random.pick(surnamesByOrigin[origin]);
}

export function surnameFor(pair: SurnamePair, sex: Sex): string {
  return sex === 'male' ? pair.male : pair.female;
}

/**
 * The surname a bride takes: mostly the husband's in its feminine form, sometimes her own kept,
 * sometimes both joined with a hyphen, as Latvian law allows.
 */
export function marriedSurname(random: Random, maiden: string, husband: SurnamePair): string {
  const roll = random.float();
  if (roll < 0.86) return husband.female;
  if (roll < 0.94) return maiden;
  return husband.female === maiden ? maiden : `${maiden}-${husband.female}`;
}
