import type { Municipality } from '../data/municipalities.ts';
import type { NameOrigin, SurnamePair } from '../data/names.ts';
import type { PickedAddress } from './address-picker.ts';
import { birthRecord } from './birth-record.ts';
import type { GeneratorContext } from './context.ts';
import { addYears } from './dates.ts';
import { MILESTONES } from './milestones.ts';
import type { Nationality } from './nationality.ts';
import { pickGivenNames, surnameFor, type NameEntry } from './person-names.ts';
import type { Random } from './random.ts';
import type { GeneratedPerson, PersonStatus, Sex } from './types.ts';

/** A stretch of time at one address; `to` is the last day, null while it lasts. */
export interface AddressSpan {
  address: PickedAddress;
  kind: 'declared' | 'additional';
  from: number;
  to: number | null;
}

/**
 * A person while their household is being made up: dates are day numbers, and life events
 * (marriage, death, moves) are applied to it before it is turned into a GeneratedPerson.
 */
export interface PersonDraft {
  code: string;
  sex: Sex;
  birthDay: number;
  origin: NameOrigin;
  /** The family surname the person was born with, in both forms. */
  birthSurname: SurnamePair;
  names: NameEntry[];
  nationality: Nationality;
  arrivalDay: number | null;
  birth: GeneratedPerson['birth'];
  status: PersonStatus;
  deathDay: number | null;
  deathPlace: string | null;
  emigrationDay: number | null;
  addresses: AddressSpan[];
}

export interface PersonSpec {
  sex: Sex;
  birthDay: number;
  nationality: Nationality;
  origin: NameOrigin;
  surname: SurnamePair;
  arrivalDay: number | null;
  homeMunicipality: Municipality | null;
}

// Since 2017 anyone may ask for a code without a birth date; the brief asks for about one adult
// in five to have done so, which makes both formats common in test data.
const ADULT_NEW_CODE_SHARE = 0.2;

export function createPerson(ctx: GeneratorContext, random: Random, spec: PersonSpec): PersonDraft {
  const { code, birthDay } = personalCode(ctx, random, spec.birthDay);
  const givenNames = pickGivenNames(random, spec.sex, spec.origin, birthDay);
  return {
    code,
    sex: spec.sex,
    birthDay,
    origin: spec.origin,
    birthSurname: spec.surname,
    names: [
      { givenNames, surname: surnameFor(spec.surname, spec.sex), from: birthDay, reason: 'birth' },
    ],
    nationality: spec.nationality,
    arrivalDay: spec.arrivalDay,
    birth: birthRecord(ctx, random, {
      nationality: spec.nationality,
      birthDay,
      arrivalDay: spec.arrivalDay,
      homeMunicipality: spec.homeMunicipality,
    }),
    status: 'active',
    deathDay: null,
    deathPlace: null,
    emigrationDay: null,
    addresses: [],
  };
}

function personalCode(
  ctx: GeneratorContext,
  random: Random,
  birthDay: number,
): { code: string; birthDay: number } {
  if (birthDay >= MILESTONES.newPersonalCodes) return { code: ctx.codes.newFormat(), birthDay };
  const adult = addYears(birthDay, 18) <= ctx.today;
  if (adult && random.chance(ADULT_NEW_CODE_SHARE))
    return { code: ctx.codes.newFormat(), birthDay };
  return ctx.codes.oldFormat(birthDay);
}

export function currentName(person: PersonDraft): NameEntry {
  const name = person.names.at(-1);
  if (name === undefined) throw new Error(`person ${person.code} has no name`);
  return name;
}
