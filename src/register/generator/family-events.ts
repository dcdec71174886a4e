import { closeHistory } from './address-history.ts';
import { addYears } from './dates.ts';
import { currentName, type PersonDraft } from './person-draft.ts';
import { marriedSurname, pickSurname, surnameFor } from './person-names.ts';
import type { Random } from './random.ts';

export interface MarriageDraft {
  a: PersonDraft;
  b: PersonDraft;
  day: number;
  place: string;
  endedOn: number | null;
  endReason: 'divorce' | 'death' | null;
}

/** Registers a marriage; the bride's new surname, if she takes one, starts that day. */
export function marry(
  random: Random,
  husband: PersonDraft,
  wife: PersonDraft,
  day: number,
  place: string,
): MarriageDraft {
  const before = currentName(wife);
  const surname = marriedSurname(random, before.surname, husband.birthSurname);
  if (surname !== before.surname) {
    wife.names.push({ givenNames: before.givenNames, surname, from: day, reason: 'marriage' });
  }
  return { a: husband, b: wife, day, place, endedOn: null, endReason: null };
}

/** Ends a marriage by divorce; about half of divorced women return to their maiden surname. */
export function divorce(random: Random, marriage: MarriageDraft, day: number): void {
  marriage.endedOn = day;
  marriage.endReason = 'divorce';
  const wife = marriage.b;
  const current = currentName(wife);
  const maiden = surnameFor(wife.birthSurname, wife.sex);
  if (current.surname !== maiden && random.chance(0.5)) {
    wife.names.push({
      givenNames: current.givenNames,
      surname: maiden,
      from: day,
      reason: 'divorce',
    });
  }
}

export function die(person: PersonDraft, day: number, place: string): void {
  person.status = 'deceased';
  person.deathDay = day;
  person.deathPlace = place;
  person.addresses = closeHistory(person.addresses, day);
}

/** Leaving Latvia ends the declared address; the person stays in the register as emigrated. */
export function emigrate(person: PersonDraft, day: number): void {
  person.status = 'emigrated';
  person.emigrationDay = day;
  person.addresses = closeHistory(person.addresses, day);
}

/**
 * A rare change of surname or given name by application (to an ancestor's or a partner's
 * surname, or a shortened given name). The new name must follow the last one by a while.
 */
export function maybeChangeName(random: Random, person: PersonDraft, today: number): void {
  const last = currentName(person);
  const from = Math.max(addYears(person.birthDay, 18), addYears(last.from, 1));
  const lastDay = person.deathDay ?? today;
  if (from >= lastDay || !random.chance(0.005)) return;
  const surname = random.chance(0.7)
    ? surnameFor(pickSurname(random, person.origin), person.sex)
    : last.surname;
  const givenNames =
    surname === last.surname ? shorterGivenNames(last.givenNames) : last.givenNames;
  if (givenNames === last.givenNames && surname === last.surname) return;
  person.names.push({
    givenNames,
    surname,
    from: random.dayBetween(from, lastDay),
    reason: 'change_of_name',
  });
}

/** Drops a second given name, the commonest given-name change. */
function shorterGivenNames(givenNames: string): string {
  const space = givenNames.indexOf(' ');
  return space < 0 ? givenNames : givenNames.slice(0, space);
}
