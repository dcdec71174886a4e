import type { Municipality } from '../data/municipalities.ts';
import type { GeneratorContext } from './context.ts';
import { addYears, ageOn, dayFromIso } from './dates.ts';
import { MILESTONES } from './milestones.ts';
import type { PersonDraft } from './person-draft.ts';
import type { Random } from './random.ts';
import type { DocumentStatus, DocumentType } from './types.ts';

export interface DraftDocument {
  type: DocumentType;
  number: string;
  issuer: string;
  issued: number;
  expires: number;
  status: DocumentStatus;
}

// Series letters for test data: 'LV' for older passport booklets, 'LA' for later ones, 'PA' for
// eID cards, 'RP' for residence permits. The switch date is a convention of this generator.
const PASSPORT_LA_SERIES_FROM = dayFromIso('2015-01-01');

/** Share of living persons of an age who hold a passport, and who hold an eID card. */
function holdings(age: number): { passport: number; eid: number } {
  if (age < 5) return { passport: 0.35, eid: 0.1 };
  if (age < 15) return { passport: 0.65, eid: 0.3 };
  if (age < 75) return { passport: 0.7, eid: 0.85 };
  return { passport: 0.5, eid: 0.75 };
}

/**
 * Identity documents with their history: each kind is issued, renewed around its expiry (early
 * renewal or loss invalidates the old one), sometimes not renewed. A death invalidates what was
 * still valid. Foreigners and stateless persons hold residence permits instead.
 */
export function buildDocuments(
  ctx: GeneratorContext,
  random: Random,
  person: PersonDraft,
  office: Municipality,
): DraftDocument[] {
  const lastDay = person.deathDay ?? ctx.today;
  const issuer = (): string => pmlpIssuer(random, office);
  const status = person.nationality.status;
  if (status === 'foreigner' || status === 'stateless') {
    const first = Math.max(person.arrivalDay ?? person.birthDay, person.birthDay + 30);
    return chain(ctx, random, person, 'residence_permit', first, lastDay, issuer);
  }

  const age = ageOn(person.birthDay, lastDay);
  const share = holdings(age);
  let passport = random.chance(share.passport);
  let eid = random.chance(share.eid);
  // Adults need some identity document; a few (mostly the very old) still have none on record.
  if (age >= 15 && !passport && !eid && random.chance(0.9)) {
    if (lastDay >= MILESTONES.eidCards) eid = true;
    else passport = true;
  }

  const documents: DraftDocument[] = [];
  if (passport) {
    const earliest = Math.max(person.birthDay + 20, MILESTONES.passports, addYears(lastDay, -25));
    if (earliest <= lastDay) {
      const first = random.dayBetween(earliest, Math.min(lastDay, earliest + 5 * 365));
      documents.push(...chain(ctx, random, person, 'passport', first, lastDay, issuer));
    }
  }
  if (eid) {
    const earliest = Math.max(person.birthDay + 20, MILESTONES.eidCards);
    if (earliest <= lastDay) {
      const first = random.dayBetween(earliest, Math.min(lastDay, earliest + 8 * 365));
      documents.push(...chain(ctx, random, person, 'eid_card', first, lastDay, issuer));
    }
  }
  return documents;
}

function validityYears(type: DocumentType, ageAtIssue: number): number {
  return type === 'passport' && ageAtIssue >= 20 ? 10 : 5;
}

function chain(
  ctx: GeneratorContext,
  random: Random,
  person: PersonDraft,
  type: DocumentType,
  firstIssue: number,
  lastDay: number,
  issuer: () => string,
): DraftDocument[] {
  const documents: DraftDocument[] = [];
  let issued = firstIssue;
  while (issued <= lastDay) {
    const years = validityYears(type, ageOn(person.birthDay, issued));
    const expires = addYears(issued, years);
    documents.push({
      type,
      number: ctx.documentNumbers.next(seriesLetters(type, issued)),
      issuer: issuer(),
      issued,
      expires,
      status: 'valid',
    });
    if (random.chance(0.03)) {
      // Lost or stolen: replaced at once, the old one invalidated.
      issued += random.int(60, Math.max(61, years * 365 - 60));
    } else if (random.chance(type === 'passport' ? 0.12 : 0.05)) {
      break;
    } else {
      // Renewed around expiry: early (the old one is then invalidated) or after a gap.
      issued = Math.max(issued + 30, expires + random.int(-90, 300));
    }
  }
  setStatuses(documents, person.deathDay, ctx.today);
  return documents;
}

function setStatuses(documents: DraftDocument[], deathDay: number | null, today: number): void {
  const lastDay = deathDay ?? today;
  documents.forEach((document, i) => {
    const next = documents[i + 1];
    if (next !== undefined && next.issued < document.expires) document.status = 'invalidated';
    else if (document.expires <= lastDay) document.status = 'expired';
    else document.status = deathDay === null ? 'valid' : 'invalidated';
  });
}

function seriesLetters(type: DocumentType, issued: number): string {
  switch (type) {
    case 'passport':
      return issued < PASSPORT_LA_SERIES_FROM ? 'LV' : 'LA';
    case 'eid_card':
      return 'PA';
    case 'residence_permit':
      return 'RP';
  }
}

/** 'PMLP Rīgas 2. nodaļa' in Rīga, which has several offices, 'PMLP Cēsu nodaļa' elsewhere. */
function pmlpIssuer(random: Random, office: Municipality): string {
  return office.pmlpOffice === 'Rīgas'
    ? `PMLP Rīgas ${random.int(1, 4)}. nodaļa`
    : `PMLP ${office.pmlpOffice} nodaļa`;
}
