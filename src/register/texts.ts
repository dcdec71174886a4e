import type { Messages } from '../platform/i18n/messages.ts';

/** What BDAS holds about a person, as residents' and staff pages show it. */
export const bdasRecordTexts = {
  /** The process a facial image or a fingerprint was taken in, by its code in BDAS. */
  process: {
    identity_document: {
      lv: 'Personu apliecinoša dokumenta izsniegšana',
      en: 'Issue of an identity document',
    },
    driving_licence: { lv: 'Vadītāja apliecības izsniegšana', en: 'Issue of a driving licence' },
    seafarer_document: {
      lv: 'Jūrnieka dokumenta izsniegšana',
      en: 'Issue of a seafarer’s document',
    },
    residence_permit: { lv: 'Uzturēšanās atļaujas izsniegšana', en: 'Issue of a residence permit' },
  },
  /** Fingers by their number in ISO/IEC 19794-4 (1 right thumb … 10 left little finger). */
  finger: {
    1: { lv: 'labās rokas īkšķis', en: 'right thumb' },
    2: { lv: 'labās rokas rādītājpirksts', en: 'right index finger' },
    3: { lv: 'labās rokas vidējais pirksts', en: 'right middle finger' },
    4: { lv: 'labās rokas zeltnesis', en: 'right ring finger' },
    5: { lv: 'labās rokas mazais pirksts', en: 'right little finger' },
    6: { lv: 'kreisās rokas īkšķis', en: 'left thumb' },
    7: { lv: 'kreisās rokas rādītājpirksts', en: 'left index finger' },
    8: { lv: 'kreisās rokas vidējais pirksts', en: 'left middle finger' },
    9: { lv: 'kreisās rokas zeltnesis', en: 'left ring finger' },
    10: { lv: 'kreisās rokas mazais pirksts', en: 'left little finger' },
  },
  impression: {
    plain: { lv: 'plakanais nospiedums', en: 'plain impression' },
    rolled: { lv: 'velmētais nospiedums', en: 'rolled impression' },
  },
  sex: { male: { lv: 'vīrietis', en: 'male' }, female: { lv: 'sieviete', en: 'female' } },
  basicHeading: { lv: 'Pamatdati', en: 'Basic data' },
  givenName: { lv: 'Vārds', en: 'Given name' },
  surname: { lv: 'Uzvārds', en: 'Surname' },
  personalCode: { lv: 'Personas kods', en: 'Personal code' },
  birthDate: { lv: 'Dzimšanas datums', en: 'Birth date' },
  sexLabel: { lv: 'Dzimums', en: 'Sex' },
  facialHeading: { lv: 'Sejas attēli', en: 'Facial images' },
  noFacialImages: { lv: 'Sejas attēlu nav.', en: 'No facial images.' },
  facialImageAlt: {
    lv: (n: number, capturedAt: string) => `Sejas attēls ${n}, ${capturedAt}`,
    en: (n: number, capturedAt: string) => `Facial image ${n}, ${capturedAt}`,
  },
  fingerprintsHeading: { lv: 'Pirkstu nospiedumi', en: 'Fingerprints' },
  noFingerprints: { lv: 'Pirkstu nospiedumu nav.', en: 'No fingerprints.' },
  fingerprintColumns: {
    finger: { lv: 'Pirksts', en: 'Finger' },
    impression: { lv: 'Nospieduma veids', en: 'Impression' },
    quality: { lv: 'Kvalitāte', en: 'Quality' },
    captured: { lv: 'Iegūts', en: 'Captured' },
    authority: { lv: 'Iestāde', en: 'Authority' },
    process: { lv: 'Process', en: 'Process' },
  },
} as const satisfies Messages;
