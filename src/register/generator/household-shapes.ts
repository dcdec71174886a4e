import { addressStart, moveTo } from './address-history.ts';
import type { PickedAddress } from './address-picker.ts';
import type { GeneratorContext } from './context.ts';
import { addYears } from './dates.ts';
import { die, divorce, emigrate, marry } from './family-events.ts';
import {
  addChildren,
  arrivalFor,
  birthDayForAge,
  localPlace,
  newAdult,
  pickAge,
  settleAdult,
  type AgeBands,
  type HouseholdDraft,
} from './household-members.ts';
import { MILESTONES } from './milestones.ts';
import {
  forBirthDay,
  householdNationality,
  spouseNationality,
  type Nationality,
} from './nationality.ts';
import type { PersonDraft } from './person-draft.ts';
import { WeightedTable, type Random } from './random.ts';
import type { Sex } from './types.ts';

type Shape = (ctx: GeneratorContext, random: Random) => HouseholdDraft;

// Single adults: young people on their own and, more often, the elderly living alone.
const SINGLE_AGES: AgeBands = [
  [18, 24, 9],
  [25, 34, 15],
  [35, 44, 12],
  [45, 54, 12],
  [55, 64, 15],
  [65, 74, 17],
  [75, 84, 14],
  [85, 99, 6],
];
const COUPLE_AGES: AgeBands = [
  [21, 29, 14],
  [30, 44, 26],
  [45, 59, 30],
  [60, 74, 22],
  [75, 92, 8],
];
const MOTHER_AGES: AgeBands = [
  [21, 29, 22],
  [30, 39, 44],
  [40, 49, 28],
  [50, 58, 6],
];

function emptyHousehold(): HouseholdDraft {
  return { persons: [], marriages: [], parentage: [] };
}

/** The husband's birth day: husbands are on average two to three years older than their wives. */
function husbandBirthDay(random: Random, ctx: GeneratorContext, wifeBirthDay: number): number {
  const gap = Math.round(random.normal(2.5, 3)) * 365 + random.int(-180, 180);
  // Both partners are adults; nobody is born before the earliest birth date.
  return Math.max(MILESTONES.earliestBirth, Math.min(wifeBirthDay - gap, addYears(ctx.today, -19)));
}

/** Someone living alone; a few of the old have died, a few of the young have emigrated. */
const single: Shape = (ctx, random) => {
  const household = emptyHousehold();
  const age = pickAge(random, SINGLE_AGES);
  const sex: Sex = random.chance(age >= 65 ? 0.68 : 0.45) ? 'female' : 'male';
  const birthDay = birthDayForAge(random, ctx.today, age);
  const nationality = householdNationality(random, birthDay);
  const home = ctx.addresses.pick(random);
  const person = newAdult(ctx, random, {
    sex,
    birthDay,
    nationality,
    arrivalDay: arrivalFor(random, nationality, birthDay, ctx.today),
  });
  settleAdult(ctx, random, person, home, random.dayBetween(addressStart(person), ctx.today));
  // Deaths fall in the last twenty years, at 60 or older, and after the first address on record.
  const deathFrom = Math.max(
    addYears(person.birthDay, 60),
    addYears(ctx.today, -20),
    addressStart(person) + 1,
  );
  if (age >= 60 && deathFrom < ctx.today && random.chance(0.02)) {
    const deathDay = random.dayBetween(deathFrom, ctx.today - 1);
    die(person, deathDay, localPlace(ctx, random, home));
  } else if (age >= 20 && age <= 55 && random.chance(0.06)) {
    leaveLatvia(random, person, ctx.today);
  }
  household.persons.push(person);
  return household;
};

function leaveLatvia(random: Random, person: PersonDraft, today: number): void {
  const from = emigrationFrom(person);
  if (from < today) emigrate(person, random.dayBetween(from, today - 1));
}

/** Emigrants left as adults, mostly after EU accession, and not in their first month at home. */
function emigrationFrom(person: PersonDraft): number {
  const current = person.addresses.findLast((s) => s.kind === 'declared');
  return Math.max(
    MILESTONES.euAccession,
    addYears(person.birthDay, 18),
    (current?.from ?? person.birthDay) + 30,
  );
}

interface Couple {
  husband: PersonDraft;
  wife: PersonDraft;
  home: PickedAddress;
  nationality: Nationality;
  arrivalDay: number | null;
  /** The day they set up home together (and usually married around it). */
  together: number;
}

/** A man and a woman of the given ages who live together, married or not. */
function couple(
  ctx: GeneratorContext,
  random: Random,
  household: HouseholdDraft,
  wifeBirthDay: number,
  marriedShare: number,
): Couple {
  const hisBirthDay = husbandBirthDay(random, ctx, wifeBirthDay);
  const nationality = householdNationality(random, Math.min(hisBirthDay, wifeBirthDay));
  // Foreign couples came together, once the younger of them was an adult.
  const arrivalDay = arrivalFor(
    random,
    nationality,
    Math.max(hisBirthDay, wifeBirthDay),
    ctx.today,
  );
  const wifeNationality = spouseNationality(random, nationality, wifeBirthDay);
  const home = ctx.addresses.pick(random);
  const husband = newAdult(ctx, random, {
    sex: 'male',
    birthDay: hisBirthDay,
    nationality: forBirthDay(nationality, hisBirthDay),
    arrivalDay,
  });
  const wife = newAdult(ctx, random, {
    sex: 'female',
    birthDay: wifeBirthDay,
    nationality: wifeNationality,
    arrivalDay:
      wifeNationality === nationality
        ? arrivalDay
        : arrivalFor(random, wifeNationality, wifeBirthDay, ctx.today),
  });
  // They came together at 19–35 (the younger partner's age), and never after today.
  const adult = addYears(Math.max(husband.birthDay, wife.birthDay), 19);
  const together = random.dayBetween(
    Math.min(adult, ctx.today),
    Math.min(ctx.today, addYears(adult, 16)),
  );
  settleAdult(ctx, random, husband, home, together);
  settleAdult(ctx, random, wife, home, together);
  household.persons.push(husband, wife);
  if (random.chance(marriedShare)) {
    const day = Math.min(ctx.today, together + random.int(-365, 730));
    household.marriages.push(
      marry(random, husband, wife, Math.max(day, adult), localPlace(ctx, random, home)),
    );
  }
  return { husband, wife, home, nationality, arrivalDay, together };
}

const coupleWithoutChildren: Shape = (ctx, random) => {
  const household = emptyHousehold();
  const wifeBirthDay = birthDayForAge(random, ctx.today, pickAge(random, COUPLE_AGES));
  const { husband, wife } = couple(ctx, random, household, wifeBirthDay, 0.75);
  if (random.chance(0.02)) {
    const from = Math.max(emigrationFrom(husband), emigrationFrom(wife));
    if (from < ctx.today) {
      const day = random.dayBetween(from, ctx.today - 1);
      emigrate(husband, day);
      emigrate(wife, day);
    }
  }
  return household;
};

const elderlyCouple: Shape = (ctx, random) => {
  const household = emptyHousehold();
  const wifeBirthDay = birthDayForAge(random, ctx.today, random.int(65, 90));
  couple(ctx, random, household, wifeBirthDay, 0.93);
  return household;
};

const family: Shape = (ctx, random) => {
  const household = emptyHousehold();
  const wifeBirthDay = birthDayForAge(random, ctx.today, pickAge(random, MOTHER_AGES));
  const parents = couple(ctx, random, household, wifeBirthDay, 0.78);
  const fromFather = household.marriages.length > 0 || random.chance(0.85);
  addChildren(ctx, random, household, {
    count: random.weighted([
      [1, 45],
      [2, 40],
      [3, 15],
    ]),
    mother: parents.wife,
    parents: [parents.husband, parents.wife],
    surnameFrom: fromFather ? parents.husband : parents.wife,
    arrivalDay: parents.arrivalDay,
  });
  return household;
};

/** A mother (sometimes a father) bringing up children alone; the other parent is not recorded. */
const singleParent: Shape = (ctx, random) => {
  const household = emptyHousehold();
  const sex: Sex = random.chance(0.85) ? 'female' : 'male';
  const birthDay = birthDayForAge(random, ctx.today, pickAge(random, MOTHER_AGES));
  const nationality = householdNationality(random, birthDay);
  const arrivalDay = arrivalFor(random, nationality, birthDay, ctx.today);
  const home = ctx.addresses.pick(random);
  const parent = newAdult(ctx, random, { sex, birthDay, nationality, arrivalDay });
  settleAdult(ctx, random, parent, home, random.dayBetween(addressStart(parent), ctx.today));
  household.persons.push(parent);
  addChildren(ctx, random, household, {
    count: random.weighted([
      [1, 65],
      [2, 35],
    ]),
    mother: parent,
    parents: [parent],
    surnameFrom: parent,
    arrivalDay,
  });
  return household;
};

/**
 * A marriage that ended in divorce: the mother stays in the family home with the children, the
 * father has moved elsewhere. Both are yielded, so the divorce and both parents are on record.
 */
const divorcedParents: Shape = (ctx, random) => {
  const household = emptyHousehold();
  const wifeBirthDay = birthDayForAge(random, ctx.today, random.int(27, 65));
  const parents = couple(ctx, random, household, wifeBirthDay, 1);
  const marriage = household.marriages[0];
  if (marriage === undefined) return household;
  const latest = ctx.today - 60;
  const children = {
    count: random.weighted<number>([
      [0, 30],
      [1, 45],
      [2, 25],
    ]),
    mother: parents.wife,
    parents: [parents.husband, parents.wife],
    surnameFrom: parents.husband,
    arrivalDay: parents.arrivalDay,
  };
  // A marriage less than a year old has no divorce yet: the family is still together.
  if (marriage.day + 365 > latest) {
    addChildren(ctx, random, household, children);
    return household;
  }
  const divorceDay = random.dayBetween(
    marriage.day + 365,
    Math.min(latest, marriage.day + 15 * 365),
  );
  divorce(random, marriage, divorceDay);
  addChildren(ctx, random, household, { ...children, bornFrom: marriage.day, bornTo: divorceDay });
  const moveOut = Math.min(ctx.today, divorceDay + random.int(0, 120));
  moveTo(
    parents.husband.addresses,
    ctx.addresses.pickIn(random, parents.home.slot.municipality),
    moveOut,
  );
  return household;
};

/** An elderly widow (or widower) whose spouse died, both on record with the ended marriage. */
const widowed: Shape = (ctx, random) => {
  const household = emptyHousehold();
  const wifeBirthDay = birthDayForAge(random, ctx.today, random.int(68, 95));
  const { husband, wife, home } = couple(ctx, random, household, wifeBirthDay, 1);
  const widower = random.chance(0.25);
  const deceased = widower ? wife : husband;
  const marriage = household.marriages[0];
  const from = Math.max(
    addYears(deceased.birthDay, 55),
    (marriage?.day ?? 0) + 365,
    addYears(ctx.today, -25),
    ...deceased.addresses.map((s) => s.from + 1),
  );
  const deathDay = random.dayBetween(Math.min(from, ctx.today - 1), ctx.today - 1);
  die(deceased, deathDay, localPlace(ctx, random, home));
  if (marriage !== undefined) {
    marriage.endedOn = Math.max(deathDay, marriage.day);
    marriage.endReason = 'death';
  }
  return household;
};

// Weights per household, chosen so that about 1.5 % of persons are deceased (mostly the widowed
// households' late spouses) and households average a little over two persons, as in Latvia.
const SHAPES = new WeightedTable<Shape>([
  [single, 31],
  [coupleWithoutChildren, 17],
  [elderlyCouple, 8],
  [family, 22],
  [singleParent, 8],
  [divorcedParents, 6],
  [widowed, 3],
]);

export function draftHousehold(ctx: GeneratorContext, random: Random): HouseholdDraft {
  return SHAPES.pick(random)(ctx, random);
}
