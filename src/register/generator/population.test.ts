import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAddressList } from '../data/address-list.ts';
import { SURNAMES } from '../data/names.ts';
import { parsePersonalCode } from '../personal-code.ts';
import { DEFAULT_TODAY, generateHouseholds, generatePersons } from './population.ts';
import type { GeneratedHousehold, GeneratedPerson } from './types.ts';

const SAMPLE_SIZE = 50_000;

describe('generatePersons', () => {
  it('gives the same persons for the same seed and different ones for another seed', () => {
    const first = generatePersons({ seed: 42, persons: 200 });
    expect(generatePersons({ seed: 42, persons: 200 })).toEqual(first);
    expect(generatePersons({ seed: 'forty-two', persons: 200 })).not.toEqual(first);
    const codes = new Set(first.map((p) => p.personalCode));
    const other = generatePersons({ seed: 43, persons: 200 });
    expect(other.filter((p) => codes.has(p.personalCode)).length).toBeLessThan(20);
  });

  it("keeps a run's first persons the same however many follow", () => {
    const short = generatePersons({ seed: 7, persons: 333 });
    const long = generatePersons({ seed: 7, persons: 1000 });
    expect(long.slice(0, 333)).toEqual(short);
  });

  it('yields exactly the number of persons asked for', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.string()),
        fc.integer({ min: 0, max: 300 }),
        (seed, n) => {
          let total = 0;
          for (const household of generateHouseholds({ seed, persons: n })) {
            expect(household.persons.length).toBeGreaterThan(0);
            total += household.persons.length;
          }
          expect(total).toBe(n);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses a negative or fractional count and a malformed date', () => {
    expect(() => generatePersons({ seed: 1, persons: -1 })).toThrow(RangeError);
    expect(() => generatePersons({ seed: 1, persons: 1.5 })).toThrow(RangeError);
    expect(() => generatePersons({ seed: 1, persons: 1, today: '2026-02-30' })).toThrow(RangeError);
  });

  it('prints how long 100,000 persons take', () => {
    const started = performance.now();
    let count = 0;
    for (const household of generateHouseholds({ seed: 'timing', persons: 100_000 })) {
      count += household.persons.length;
    }
    const ms = performance.now() - started;
    console.log(
      `generated ${count} persons in ${Math.round(ms)} ms (${((ms * 1000) / count).toFixed(1)} µs per person)`,
    );
    expect(count).toBe(100_000);
  });
});

/**
 * Collects rule violations instead of calling expect() per item: fifty thousand persons make
 * millions of checks, and one assertion over the collected list reports them all at once.
 */
class Violations {
  readonly found: string[] = [];

  check(ok: boolean, what: string | (() => string)): void {
    if (!ok && this.found.length < 10) this.found.push(typeof what === 'string' ? what : what());
  }
}

describe(`a population of ${SAMPLE_SIZE} persons`, () => {
  const households: GeneratedHousehold[] = [];
  const persons: GeneratedPerson[] = [];
  const today = DEFAULT_TODAY;

  beforeAll(() => {
    for (const household of generateHouseholds({ seed: 'sample', persons: SAMPLE_SIZE })) {
      households.push(household);
      persons.push(...household.persons);
    }
  });

  const share = (predicate: (p: GeneratedPerson) => boolean): number =>
    persons.filter(predicate).length / persons.length;

  it('has valid, unique personal codes; old-format ones carry the birth date', () => {
    const v = new Violations();
    const seen = new Set<string>();
    for (const person of persons) {
      const code = person.personalCode;
      const parsed = parsePersonalCode(code);
      if (!parsed.ok) {
        v.check(false, `${code}: ${parsed.error}`);
        continue;
      }
      v.check(parsed.code === code, `${code} is not canonical`);
      if (parsed.format === 'old') {
        v.check(parsed.birthDate === person.birthDate, `${code} born ${person.birthDate}`);
      }
      v.check(person.birthDate < '2017-07-01' || parsed.format === 'new', `${code} too late`);
      v.check(!seen.has(code), `${code} repeats`);
      seen.add(code);
    }
    expect(v.found).toEqual([]);
    const adults = persons.filter((p) => p.birthDate < '2008-01-01');
    const newCodes = adults.filter((p) => p.personalCode.startsWith('32')).length / adults.length;
    expect(newCodes).toBeGreaterThan(0.15);
    expect(newCodes).toBeLessThan(0.25);
  });

  it('has birth dates from 1925 to today', () => {
    const v = new Violations();
    for (const p of persons) {
      v.check(p.birthDate >= '1925-01-01' && p.birthDate <= today, `born ${p.birthDate}`);
    }
    expect(v.found).toEqual([]);
    expect(share((p) => p.birthDate < '1940-01-01')).toBeGreaterThan(0.005);
    expect(share((p) => p.birthDate >= '2020-01-01')).toBeGreaterThan(0.02);
  });

  it('writes surnames in the form that agrees with the sex', () => {
    const v = new Violations();
    const male = new Set(SURNAMES.map((s) => s.male));
    const female = new Set(SURNAMES.map((s) => s.female));
    for (const person of persons) {
      const forms = person.sex === 'male' ? male : female;
      for (const name of person.names) {
        // Double surnames ("Ozola-Bērziņa") join two forms of the same sex.
        const ok = name.surname.split('-').every((part) => forms.has(part));
        v.check(ok, () => `${person.sex} ${name.surname}`);
      }
    }
    expect(v.found).toEqual([]);
  });

  it('keeps name histories in order, starting at birth, with Latin transliterations', () => {
    const v = new Violations();
    for (const person of persons) {
      const [first] = person.names;
      v.check(first?.reason === 'birth', `${person.personalCode}: first name not from birth`);
      v.check(first?.validFrom === person.birthDate, `${person.personalCode}: name before birth`);
      person.names.forEach((name, i) => {
        const previous = person.names[i - 1];
        v.check(previous === undefined || name.validFrom >= previous.validFrom, 'names unordered');
        v.check(/^[A-Za-z -]+$/.test(name.latinSurname + name.latinGivenNames), name.latinSurname);
      });
    }
    expect(v.found).toEqual([]);
    expect(share((p) => p.names.some((n) => n.reason === 'marriage'))).toBeGreaterThan(0.1);
    expect(share((p) => p.names.some((n) => n.reason === 'divorce'))).toBeGreaterThan(0.003);
  });

  it('has about 1.5 % deceased, each dying after birth and before today', () => {
    const v = new Violations();
    for (const person of persons) {
      const code = person.personalCode;
      if (person.status !== 'deceased') {
        v.check(person.death === null, `${code} has a death but is ${person.status}`);
        continue;
      }
      const death = person.death?.date ?? '';
      v.check(death > person.birthDate && death < today, `${code} died ${death}`);
      v.check(
        person.documents.every((d) => d.status !== 'valid'),
        `${code} has a valid document`,
      );
      v.check(
        person.addresses.every((a) => a.validTo !== null && a.validTo <= death),
        `${code} lives on`,
      );
    }
    expect(v.found).toEqual([]);
    expect(share((p) => p.status === 'deceased')).toBeGreaterThan(0.01);
    expect(share((p) => p.status === 'deceased')).toBeLessThan(0.022);
    expect(share((p) => p.status === 'emigrated')).toBeGreaterThan(0.002);
  });

  it('has mostly citizens, non-citizens only among those born before 1991', () => {
    const v = new Violations();
    for (const person of persons) {
      const { status, country, validFrom } = person.nationality;
      const code = person.personalCode;
      v.check(status !== 'non_citizen' || person.birthDate < '1991-01-01', `${code} non-citizen`);
      v.check(
        status === 'foreigner' ? /^[A-Z]{2}$/.test(country ?? '') : country === null,
        `${code} ${status} of ${country}`,
      );
      v.check(validFrom >= person.birthDate, `${code} status before birth`);
      v.check(/^[A-Z]{2}$/.test(person.birth.country), `${code} born in ${person.birth.country}`);
    }
    expect(v.found).toEqual([]);
    expect(share((p) => p.nationality.status === 'citizen')).toBeGreaterThan(0.8);
    expect(share((p) => p.nationality.status === 'citizen')).toBeLessThan(0.9);
    expect(share((p) => p.nationality.status === 'non_citizen')).toBeGreaterThan(0.07);
    expect(share((p) => p.nationality.status === 'non_citizen')).toBeLessThan(0.13);
    expect(share((p) => p.nationality.status === 'foreigner')).toBeGreaterThan(0.02);
  });

  it('declares addresses from the address list, at most one current', () => {
    const v = new Violations();
    const codes = new Set(buildAddressList().map((a) => a.code));
    for (const person of persons) {
      const code = person.personalCode;
      const declared = person.addresses.filter((a) => a.kind === 'declared');
      const open = declared.filter((a) => a.validTo === null).length;
      v.check(declared.length > 0, `${code} has no declared address`);
      v.check(person.addresses.length <= 3, `${code} has ${person.addresses.length} addresses`);
      v.check(open === (person.status === 'active' ? 1 : 0), `${code} has ${open} current`);
      for (const a of person.addresses) {
        v.check(codes.has(a.addressCode), `${code} at unknown ${a.addressCode}`);
        v.check(a.validFrom >= person.birthDate, `${code} lived somewhere before birth`);
        v.check(a.validTo === null || a.validTo >= a.validFrom, `${code} address ends early`);
      }
    }
    expect(v.found).toEqual([]);
    expect(share((p) => p.addresses.some((a) => a.kind === 'additional'))).toBeGreaterThan(0.01);
  });

  it('has documents with unique numbers that expire after issue', () => {
    const v = new Violations();
    const numbers = new Set<string>();
    for (const person of persons) {
      const foreign = ['foreigner', 'stateless'].includes(person.nationality.status);
      for (const d of person.documents) {
        const what = `${person.personalCode} ${d.number}`;
        v.check(d.expiresOn > d.issuedOn, `${what} expires before issue`);
        v.check(d.issuedOn >= person.birthDate, `${what} issued before birth`);
        v.check(/^(LV|LA|PA|RP)\d{7}$/.test(d.number), `${what} malformed`);
        v.check(d.issuer.startsWith('PMLP '), `${what} issued by ${d.issuer}`);
        v.check(d.status !== 'valid' || d.expiresOn > today, `${what} valid after expiry`);
        v.check((d.type === 'residence_permit') === foreign, `${what} is a ${d.type}`);
        v.check(!numbers.has(d.number), `${what} repeats`);
        numbers.add(d.number);
      }
    }
    expect(v.found).toEqual([]);
    expect(share((p) => p.documents.some((d) => d.status === 'expired'))).toBeGreaterThan(0.3);
  });

  it('leaves about 10 % of persons without BDAS records and keeps the rest plausible', () => {
    const v = new Violations();
    for (const person of persons) {
      const code = person.personalCode;
      if (person.biometrics === null) continue;
      v.check(person.biometrics.facialImages.length > 0, `${code} has no face`);
      for (const image of person.biometrics.facialImages) {
        const day = image.capturedAt.slice(0, 10);
        v.check(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(image.capturedAt), image.capturedAt);
        v.check(day > person.birthDate && day <= today, `${code} captured ${day}`);
        v.check(Number.isInteger(image.faceSeed) && image.faceSeed >= 0, `${code} face seed`);
      }
      for (const print of person.biometrics.fingerprints) {
        v.check(print.finger === 2 || print.finger === 7, `${code} finger ${print.finger}`);
        v.check(print.impression === 'plain', `${code} ${print.impression} impression`);
        v.check(print.quality >= 40 && print.quality <= 100, `${code} quality ${print.quality}`);
      }
    }
    expect(v.found).toEqual([]);
    const without = share((p) => p.biometrics === null);
    expect(without).toBeGreaterThan(0.07);
    expect(without).toBeLessThan(0.13);
    const processes = new Set(
      persons.flatMap((p) => p.biometrics?.facialImages.map((i) => i.process) ?? []),
    );
    expect([...processes].sort()).toEqual([
      'driving_licence',
      'identity_document',
      'residence_permit',
      'seafarer_document',
    ]);
  });

  it('ties families together only within a household', () => {
    const v = new Violations();
    for (const household of households) {
      const byCode = new Map(household.persons.map((p) => [p.personalCode, p]));
      for (const m of household.marriages) {
        const a = byCode.get(m.a);
        const b = byCode.get(m.b);
        v.check(a?.sex === 'male' && b?.sex === 'female', `marriage ${m.a} ${m.b}`);
        v.check(m.endedOn === null || m.endedOn >= m.date, `marriage ${m.a} ends early`);
        v.check((m.endedOn === null) === (m.endReason === null), `marriage ${m.a} end reason`);
        // A bride who took a new surname took it on the wedding day.
        const married = b?.names.find((n) => n.reason === 'marriage');
        v.check(married === undefined || married.validFrom === m.date, `bride ${m.b} name`);
      }
      for (const { parent, child } of household.parentage) {
        const p = byCode.get(parent);
        const c = byCode.get(child);
        v.check(p !== undefined && c !== undefined, `parentage ${parent} ${child} outside`);
        v.check(c === undefined || p === undefined || c.birthDate > p.birthDate, `${child} old`);
      }
    }
    expect(v.found).toEqual([]);
    expect(households.filter((h) => h.marriages.length > 0).length).toBeGreaterThan(1000);
    expect(households.filter((h) => h.parentage.length > 0).length).toBeGreaterThan(1000);
  });

  it("gives married parents' children the father's surname in their own gendered form", () => {
    const v = new Violations();
    const pairOf = new Map(SURNAMES.flatMap((s) => [[s.male, s] as const, [s.female, s] as const]));
    for (const household of households) {
      if (household.marriages.length === 0) continue; // unmarried parents may choose either
      const byCode = new Map(household.persons.map((p) => [p.personalCode, p]));
      for (const { parent, child } of household.parentage) {
        const father = byCode.get(parent);
        const kid = byCode.get(child);
        if (father?.sex !== 'male' || kid === undefined) continue;
        const pair = pairOf.get(father.names[0]?.surname ?? '');
        const expected = kid.sex === 'male' ? pair?.male : pair?.female;
        v.check(kid.names[0]?.surname === expected, `${child} is ${kid.names[0]?.surname}`);
      }
    }
    expect(v.found).toEqual([]);
  });
});
