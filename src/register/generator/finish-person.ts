import { toLatinLetters } from '../data/names.ts';
import { limitEntries } from './address-history.ts';
import { buildBiometrics } from './biometrics.ts';
import type { GeneratorContext } from './context.ts';
import { isoFromDay } from './dates.ts';
import { buildDocuments } from './document-history.ts';
import { nationalityValidFrom } from './nationality.ts';
import type { PersonDraft } from './person-draft.ts';
import type { Random } from './random.ts';
import type { GeneratedName, GeneratedPerson } from './types.ts';

const MAX_ADDRESS_ENTRIES = 3;

// Names repeat endlessly (a few thousand distinct ones in millions of persons): transliterate each
// once. The cap only guards against unbounded growth; it is never reached with the bundled lists.
const latinNames = new Map<string, string>();
function latin(name: string): string {
  let result = latinNames.get(name);
  if (result === undefined) {
    if (latinNames.size > 100_000) latinNames.clear();
    result = toLatinLetters(name);
    latinNames.set(name, result);
  }
  return result;
}

/**
 * Turns a drafted person, whose life events are all applied, into the loader's shape: documents
 * and biometrics follow from those events, and day numbers become dates.
 */
export function finishPerson(
  ctx: GeneratorContext,
  random: Random,
  person: PersonDraft,
): GeneratedPerson {
  const addresses = limitEntries(person.addresses, MAX_ADDRESS_ENTRIES);
  const current = addresses.findLast((s) => s.kind === 'declared');
  const office = current?.address.slot.municipality;
  if (office === undefined) throw new Error(`person ${person.code} has no declared address`);
  const documents = buildDocuments(ctx, random, person, office);
  const names: GeneratedName[] = person.names.map((n) => ({
    givenNames: n.givenNames,
    surname: n.surname,
    latinGivenNames: latin(n.givenNames),
    latinSurname: latin(n.surname),
    validFrom: isoFromDay(n.from),
    reason: n.reason,
  }));
  const nationalityFrom = nationalityValidFrom(
    random,
    person.nationality,
    person.origin,
    person.birthDay,
    person.arrivalDay,
    ctx.today,
  );
  return {
    personalCode: person.code,
    sex: person.sex,
    birthDate: isoFromDay(person.birthDay),
    status: person.status,
    names,
    birth: person.birth,
    nationality: {
      status: person.nationality.status,
      country: person.nationality.country?.code ?? null,
      validFrom: isoFromDay(nationalityFrom),
    },
    addresses: addresses.map((s) => ({
      addressCode: s.address.entry.code,
      flat: s.address.flat,
      kind: s.kind,
      validFrom: isoFromDay(s.from),
      validTo: s.to === null ? null : isoFromDay(s.to),
    })),
    documents: documents.map((d) => ({
      type: d.type,
      number: d.number,
      issuer: d.issuer,
      issuedOn: isoFromDay(d.issued),
      expiresOn: isoFromDay(d.expires),
      status: d.status,
    })),
    death:
      person.deathDay === null
        ? null
        : { date: isoFromDay(person.deathDay), place: person.deathPlace ?? 'Rīga' },
    biometrics: buildBiometrics(random, person, documents, ctx.today),
  };
}
