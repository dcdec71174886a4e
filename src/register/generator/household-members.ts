import type { PickedAddress } from './address-picker.ts';
import { placeName } from './address-picker.ts';
import { declaredHistory, followHistory, maybeAdditionalAddress } from './address-history.ts';
import type { GeneratorContext } from './context.ts';
import { addYears, dayFromIso } from './dates.ts';
import type { MarriageDraft } from './family-events.ts';
import { MILESTONES } from './milestones.ts';
import { childNationality, nameOrigin, type Nationality } from './nationality.ts';
import { createPerson, type PersonDraft } from './person-draft.ts';
import { pickSurname } from './person-names.ts';
import type { Random } from './random.ts';
import type { Sex } from './types.ts';

/** A household while it is being made up: its members and the family ties among them. */
export interface HouseholdDraft {
  persons: PersonDraft[];
  marriages: MarriageDraft[];
  parentage: { parent: PersonDraft; child: PersonDraft }[];
}

/** Ages in whole years: [youngest, oldest, weight]. */
export type AgeBands = readonly (readonly [number, number, number])[];

export function pickAge(random: Random, bands: AgeBands): number {
  const [low, high] = random.weighted(bands.map((b) => [[b[0], b[1]] as const, b[2]] as const));
  return random.int(low, high);
}

/** A birth day that makes the person exactly `age` today, never before the earliest birth. */
export function birthDayForAge(random: Random, today: number, age: number): number {
  const day = addYears(today, -age) - random.int(0, 364);
  return Math.max(MILESTONES.earliestBirth, day);
}

// Foreign residents recorded in the register arrived after independence; earlier arrivals are
// the non-citizens and citizens of today.
const ARRIVALS_FROM = dayFromIso('1995-01-01');

/** Foreign nationals and stateless persons came to Latvia as adults, since the mid-1990s. */
export function arrivalFor(
  random: Random,
  nationality: Nationality,
  birthDay: number,
  today: number,
): number | null {
  if (nationality.status !== 'foreigner' && nationality.status !== 'stateless') return null;
  const latest = today - 30;
  const earliest = Math.min(latest, Math.max(addYears(birthDay, 18), ARRIVALS_FROM));
  return random.dayBetween(earliest, latest);
}

export interface AdultSpec {
  sex: Sex;
  birthDay: number;
  nationality: Nationality;
  arrivalDay: number | null;
}

/** An adult with a family surname of the household's origin and their own name history. */
export function newAdult(ctx: GeneratorContext, random: Random, spec: AdultSpec): PersonDraft {
  const origin = nameOrigin(random, spec.nationality);
  return createPerson(ctx, random, {
    sex: spec.sex,
    birthDay: spec.birthDay,
    nationality: spec.nationality,
    origin,
    surname: pickSurname(random, origin),
    arrivalDay: spec.arrivalDay,
    homeMunicipality: null,
  });
}

/** Declared addresses ending in the household's home, plus sometimes an additional address. */
export function settleAdult(
  ctx: GeneratorContext,
  random: Random,
  person: PersonDraft,
  home: PickedAddress,
  moveIn: number,
): void {
  person.addresses = declaredHistory(ctx, random, person, home, moveIn);
  const additional = maybeAdditionalAddress(ctx, random, person);
  if (additional !== null) person.addresses.push(additional);
}

export interface ChildrenSpec {
  count: number;
  /** Children are born when the mother (or the single father) is 19–43, and never after today. */
  mother: PersonDraft;
  parents: readonly PersonDraft[];
  /** Where the children's surname comes from: the father's family, or the mother's. */
  surnameFrom: PersonDraft;
  arrivalDay: number | null;
  /** Born within these days, when the family was together (a marriage that later ended). */
  bornFrom?: number;
  bornTo?: number;
}

/** Children who live with `spec.mother`, following her declared addresses. */
export function addChildren(
  ctx: GeneratorContext,
  random: Random,
  household: HouseholdDraft,
  spec: ChildrenSpec,
): PersonDraft[] {
  const { mother } = spec;
  // Children still at home are at most 24 years old.
  const from = Math.max(
    addYears(mother.birthDay, 19),
    addYears(ctx.today, -24),
    spec.bornFrom ?? -Infinity,
  );
  const to = Math.min(addYears(mother.birthDay, 43), ctx.today, spec.bornTo ?? Infinity);
  if (from > to) return [];
  const home = mother.addresses.findLast((s) => s.kind === 'declared')?.address ?? null;
  const children: PersonDraft[] = [];
  for (let i = 0; i < spec.count; i++) {
    const sex: Sex = random.chance(0.512) ? 'male' : 'female';
    const birthDay = random.dayBetween(from, to);
    const nationality = childNationality(
      spec.parents.map((p) => p.nationality),
      birthDay,
    );
    const child = createPerson(ctx, random, {
      sex,
      birthDay,
      nationality,
      origin: spec.surnameFrom.origin,
      surname: spec.surnameFrom.birthSurname,
      arrivalDay: spec.arrivalDay,
      homeMunicipality: home?.slot.municipality ?? null,
    });
    child.addresses = followHistory(mother.addresses, child);
    if (child.addresses.length === 0 && home !== null) {
      child.addresses.push({ address: home, kind: 'declared', from: child.birthDay, to: null });
    }
    household.persons.push(child);
    for (const parent of spec.parents) household.parentage.push({ parent, child });
    children.push(child);
  }
  return children;
}

/** Where a marriage was registered or a person died: usually the home municipality. */
export function localPlace(ctx: GeneratorContext, random: Random, home: PickedAddress): string {
  return placeName(
    ctx.addresses.pickSlot(random, random.chance(0.85) ? home.slot.municipality : undefined),
  );
}
