import { addYears, ageOn, isoTimestamp } from './dates.ts';
import type { DraftDocument } from './document-history.ts';
import { MILESTONES } from './milestones.ts';
import type { PersonDraft } from './person-draft.ts';
import type { Random } from './random.ts';
import type { BiometricProcess, GeneratedPerson } from './types.ts';

type Biometrics = NonNullable<GeneratedPerson['biometrics']>;
type FacialImage = Biometrics['facialImages'][number];
type Fingerprint = Biometrics['fingerprints'][number];

interface Capture {
  day: number;
  authority: string;
  process: BiometricProcess;
  fingerprints: boolean;
}

// ISO/IEC 19794-4 finger positions: 2 is the right index finger, 7 the left.
const INDEX_FINGERS = [2, 7] as const;
const FINGERPRINT_MIN_AGE = 12;
const CSDD = 'CSDD';
const EXTRA_WITHOUT_RECORDS = 0.016;
const MARITIME_ADMINISTRATION = 'Latvijas Jūras administrācija';

/**
 * What BDAS holds about a person: a facial image (and, where the law asked for them, both index
 * fingerprints) from every identity document or residence permit applied for since biometric
 * capture began, facial images from driving licences (CSDD) and from seafarer's documents.
 * Null when there is nothing, as for persons without such documents since 2007.
 */
export function buildBiometrics(
  random: Random,
  person: PersonDraft,
  documents: readonly DraftDocument[],
  today: number,
): GeneratedPerson['biometrics'] {
  const lastDay = person.deathDay ?? today;
  const captures: Capture[] = [];
  for (const document of documents) {
    // The application, where the photo and prints are taken, precedes issue by one to four weeks.
    const day = Math.max(person.birthDay + 7, document.issued - random.int(7, 30));
    if (day < MILESTONES.biometricFaces) continue;
    const process: BiometricProcess =
      document.type === 'residence_permit' ? 'residence_permit' : 'identity_document';
    captures.push({
      day,
      authority: document.issuer,
      process,
      fingerprints:
        ageOn(person.birthDay, day) >= FINGERPRINT_MIN_AGE && day >= fingerprintsFrom(document),
    });
  }
  addDrivingLicences(random, person, lastDay, captures);
  addSeafarerDocuments(random, person, lastDay, captures);
  // Calibration, not a rule of BDAS: persons without captures since 2007 come to about 8.5 %; this
  // tops the share of persons BDAS knows nothing about up to the 10 % the test data should have.
  if (captures.length === 0 || random.chance(EXTRA_WITHOUT_RECORDS)) return null;

  captures.sort((a, b) => a.day - b.day);
  // One face per person, drawn a little differently at each capture: the high 24 bits identify
  // the face, the low 8 bits vary lighting and pose (see synthetic-face.ts).
  const face = random.next() & 0xffffff00;
  const facialImages: FacialImage[] = [];
  const fingerprints: Fingerprint[] = [];
  captures.forEach((capture, i) => {
    // Offices work 8:00–17:00 Riga time, which is 05:00–15:00 UTC over the year.
    const capturedAt = isoTimestamp(onWorkingDay(capture.day), random.int(5 * 3600, 15 * 3600 - 1));
    const { authority, process } = capture;
    facialImages.push({ capturedAt, authority, process, faceSeed: (face | (i & 0xff)) >>> 0 });
    if (!capture.fingerprints) return;
    for (const finger of INDEX_FINGERS) {
      const quality = random.chance(0.1) ? random.int(40, 59) : random.int(60, 100);
      fingerprints.push({ finger, impression: 'plain', quality, capturedAt, authority, process });
    }
  });
  return { facialImages, fingerprints };
}

/** Offices are closed at weekends: a Saturday or Sunday capture moves back to Friday. */
function onWorkingDay(day: number): number {
  // Day 0 (1970-01-01) was a Thursday, so (day + 3) % 7 counts from Monday = 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return weekday >= 5 ? day - (weekday - 4) : day;
}

function fingerprintsFrom(document: DraftDocument): number {
  switch (document.type) {
    case 'passport':
      return MILESTONES.passportFingerprints;
    case 'eid_card':
      return MILESTONES.eidFingerprints;
    case 'residence_permit':
      return MILESTONES.residencePermitFingerprints;
  }
}

/** Licences are first taken at 18–30 and renewed every ten years, each time with a photo. */
function addDrivingLicences(
  random: Random,
  person: PersonDraft,
  lastDay: number,
  captures: Capture[],
): void {
  if (!random.chance(person.sex === 'male' ? 0.65 : 0.5)) return;
  // Foreign nationals get a Latvian licence only after they come to live here.
  const from = Math.max(addYears(person.birthDay, 18), person.arrivalDay ?? person.birthDay);
  let day = from + random.int(0, 12 * 365);
  while (day <= lastDay) {
    if (day >= MILESTONES.biometricFaces) {
      captures.push({ day, authority: CSDD, process: 'driving_licence', fingerprints: false });
    }
    day = addYears(day, 10) + random.int(-30, 120);
  }
}

/** A few men go to sea; their seafarer's identity documents carry face and fingerprints. */
function addSeafarerDocuments(
  random: Random,
  person: PersonDraft,
  lastDay: number,
  captures: Capture[],
): void {
  if (person.sex !== 'male' || !random.chance(0.02)) return;
  const retirement = Math.min(lastDay, addYears(person.birthDay, 60));
  const from = Math.max(addYears(person.birthDay, 20), person.arrivalDay ?? person.birthDay);
  let day = from + random.int(0, 15 * 365);
  while (day <= retirement) {
    if (day >= MILESTONES.biometricFaces) {
      captures.push({
        day,
        authority: MARITIME_ADMINISTRATION,
        process: 'seafarer_document',
        fingerprints: true,
      });
    }
    day = addYears(day, 5) + random.int(-30, 60);
  }
}
