import type { PickedAddress } from './address-picker.ts';
import type { GeneratorContext } from './context.ts';
import { addYears } from './dates.ts';
import { MILESTONES } from './milestones.ts';
import type { AddressSpan, PersonDraft } from './person-draft.ts';
import type { Random } from './random.ts';

/** The first day an address of the person can be on record. */
export function addressStart(person: PersonDraft): number {
  return Math.max(person.birthDay, MILESTONES.addressRecords, person.arrivalDay ?? person.birthDay);
}

/**
 * Declared addresses of an adult who moved into `home` on `moveIn`: one or two earlier addresses
 * before it (most moves stay within the same municipality), then the home itself, still current.
 */
export function declaredHistory(
  ctx: GeneratorContext,
  random: Random,
  person: PersonDraft,
  home: PickedAddress,
  moveIn: number,
): AddressSpan[] {
  const start = addressStart(person);
  // Everyone has a declared address from their first day on record: a home entered later than
  // that is preceded by one or two earlier addresses.
  const room = moveIn - start;
  const homeFrom = room < 60 ? start : moveIn;
  const earlier =
    room < 60
      ? 0
      : random.weighted<number>([
          [1, 70],
          [2, 30],
        ]);
  const spans: AddressSpan[] = [];
  if (earlier > 0) {
    const cuts = [start];
    if (earlier === 2) cuts.push(start + random.int(30, room - 30));
    cuts.push(homeFrom);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i] ?? start;
      const nextFrom = cuts[i + 1] ?? homeFrom;
      const address = random.chance(0.6)
        ? ctx.addresses.pickIn(random, home.slot.municipality)
        : ctx.addresses.pick(random);
      spans.push({ address, kind: 'declared', from, to: nextFrom - 1 });
    }
  }
  spans.push({ address: home, kind: 'declared', from: homeFrom, to: null });
  return spans;
}

/** A child's declared addresses: those of the parent it lives with, from its own start. */
export function followHistory(parent: readonly AddressSpan[], child: PersonDraft): AddressSpan[] {
  const start = addressStart(child);
  const spans: AddressSpan[] = [];
  for (const span of parent) {
    if (span.kind !== 'declared' || (span.to !== null && span.to < start)) continue;
    spans.push({ ...span, from: Math.max(span.from, start) });
  }
  return spans;
}

/** Ends the current declared address the day before `day` and declares `to` from `day`. */
export function moveTo(spans: AddressSpan[], to: PickedAddress, day: number): void {
  const current = spans.find((s) => s.kind === 'declared' && s.to === null);
  if (current !== undefined) current.to = Math.max(current.from, day - 1);
  const from = current === undefined ? day : Math.max(day, current.from + 1);
  spans.push({ address: to, kind: 'declared', from, to: null });
}

/** At death or emigration nothing stays open: spans end that day, later ones never happened. */
export function closeHistory(spans: AddressSpan[], lastDay: number): AddressSpan[] {
  const kept = spans.filter((s) => s.from <= lastDay);
  for (const span of kept) if (span.to === null || span.to > lastDay) span.to = lastDay;
  return kept;
}

/** Some adults also register an additional address: a summer house, a flat where they study. */
export function maybeAdditionalAddress(
  ctx: GeneratorContext,
  random: Random,
  person: PersonDraft,
): AddressSpan | null {
  const from = Math.max(
    addressStart(person),
    addYears(person.birthDay, 18),
    MILESTONES.euAccession,
  );
  if (from >= ctx.today || !random.chance(0.05)) return null;
  const start = random.dayBetween(from, ctx.today);
  const ended = random.chance(0.3) && start + 30 < ctx.today;
  return {
    address: ctx.addresses.pick(random),
    kind: 'additional',
    from: start,
    to: ended ? random.dayBetween(start + 30, ctx.today) : null,
  };
}

/**
 * Keeps a history to at most `max` entries (the test data shows one to three): an additional
 * address goes first, then the two oldest declared addresses merge into the later one.
 */
export function limitEntries(spans: readonly AddressSpan[], max: number): AddressSpan[] {
  const kept = [...spans];
  while (kept.length > max) {
    const additional = kept.findIndex((s) => s.kind === 'additional');
    if (additional >= 0) {
      kept.splice(additional, 1);
      continue;
    }
    const [oldest, next] = kept;
    if (oldest === undefined || next === undefined) break;
    kept.splice(0, 2, { ...next, from: oldest.from });
  }
  return kept;
}
