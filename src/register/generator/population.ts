import { createContext, type GeneratorContext } from './context.ts';
import { dayFromIso, isoFromDay } from './dates.ts';
import { maybeChangeName } from './family-events.ts';
import { finishPerson } from './finish-person.ts';
import type { HouseholdDraft } from './household-members.ts';
import { draftHousehold } from './household-shapes.ts';
import { Random } from './random.ts';
import type { GeneratedHousehold, GeneratedPerson } from './types.ts';

export interface PopulationOptions {
  seed: number | string;
  /** Exactly this many persons are yielded in total. */
  persons: number;
  /** YYYY-MM-DD; nothing in the data happens after it. */
  today?: string;
}

export const DEFAULT_TODAY = '2026-11-01';

/**
 * Latvian test households, one at a time: singles, couples, families with children, single
 * parents, divorced parents, widowed pensioners. The same options always give the same
 * households, and a run's first N persons do not depend on how many follow (each household draws
 * from its own random stream, forked in order from the seed). Only counters are kept between
 * households, so memory stays flat however many persons are made.
 */
export function* generateHouseholds(options: PopulationOptions): Generator<GeneratedHousehold> {
  const { persons } = options;
  if (!Number.isSafeInteger(persons) || persons < 0) {
    throw new RangeError(`persons must be a non-negative integer, got ${persons}`);
  }
  const today = dayFromIso(options.today ?? DEFAULT_TODAY);
  const master = new Random(options.seed);
  const ctx = createContext(master, today);
  let remaining = persons;
  while (remaining > 0) {
    const random = master.fork();
    const household = finishHousehold(ctx, random, draftHousehold(ctx, random), remaining);
    remaining -= household.persons.length;
    yield household;
  }
}

/**
 * Finishes the drafted members, at most `limit` of them: the last household of a run is cut
 * short, keeping adults (who come first) and only the ties among those kept.
 */
function finishHousehold(
  ctx: GeneratorContext,
  random: Random,
  draft: HouseholdDraft,
  limit: number,
): GeneratedHousehold {
  const kept = draft.persons.slice(0, limit);
  const persons: GeneratedPerson[] = kept.map((person) => {
    maybeChangeName(random, person, ctx.today);
    return finishPerson(ctx, random, person);
  });
  const included = new Set(kept);
  return {
    persons,
    marriages: draft.marriages
      .filter((m) => included.has(m.a) && included.has(m.b))
      .map((m) => ({
        a: m.a.code,
        b: m.b.code,
        date: isoFromDay(m.day),
        place: m.place,
        endedOn: m.endedOn === null ? null : isoFromDay(m.endedOn),
        endReason: m.endReason,
      })),
    parentage: draft.parentage
      .filter((p) => included.has(p.parent) && included.has(p.child))
      .map((p) => ({ parent: p.parent.code, child: p.child.code })),
  };
}

/** All persons of a small population in one array, for demo data and tests. */
export function generatePersons(options: PopulationOptions): GeneratedPerson[] {
  const persons: GeneratedPerson[] = [];
  for (const household of generateHouseholds(options)) persons.push(...household.persons);
  return persons;
}
