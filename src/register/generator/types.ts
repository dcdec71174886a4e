/** What the test-population generator yields; the database loader consumes these shapes. */

export type Sex = 'male' | 'female';
export type PersonStatus = 'active' | 'deceased' | 'emigrated';
export type DocumentType = 'passport' | 'eid_card' | 'residence_permit';
export type DocumentStatus = 'valid' | 'invalidated' | 'expired';
export type NationalityStatus = 'citizen' | 'non_citizen' | 'foreigner' | 'stateless';
export type BiometricProcess =
  'identity_document' | 'driving_licence' | 'seafarer_document' | 'residence_permit';
export type ImpressionType = 'plain' | 'rolled';

export interface GeneratedName {
  givenNames: string;
  surname: string;
  latinGivenNames: string;
  latinSurname: string;
  validFrom: string;
  reason: 'birth' | 'marriage' | 'divorce' | 'change_of_name';
}

export interface GeneratedPerson {
  personalCode: string; // canonical
  sex: Sex;
  birthDate: string; // YYYY-MM-DD
  status: PersonStatus;
  names: GeneratedName[]; // oldest first; the last one is current
  birth: {
    place: string;
    country: string /* ISO 3166-1 alpha-2 */;
    registrationEntry: string /* e.g. "Rīgas pilsētas dzimtsarakstu nodaļa, ieraksts Nr. 1234" */;
  };
  nationality: { status: NationalityStatus; country: string | null; validFrom: string };
  addresses: {
    addressCode: string;
    flat: string | null;
    kind: 'declared' | 'additional';
    validFrom: string;
    validTo: string | null;
  }[]; // history, at most one declared with validTo null
  documents: {
    type: DocumentType;
    number: string;
    issuer: string;
    issuedOn: string;
    expiresOn: string;
    status: DocumentStatus;
  }[];
  death: { date: string; place: string } | null;
  biometrics: {
    facialImages: {
      capturedAt: string /* ISO timestamp UTC */;
      authority: string;
      process: BiometricProcess;
      faceSeed: number;
    }[];
    fingerprints: {
      finger: number /* ISO/IEC 19794 finger position 1..10 */;
      impression: ImpressionType;
      quality: number /* 0..100 */;
      capturedAt: string;
      authority: string;
      process: BiometricProcess;
    }[];
  } | null; // null: BDAS holds nothing about this person
}

export interface GeneratedHousehold {
  persons: GeneratedPerson[];
  marriages: {
    a: string;
    b: string;
    date: string;
    place: string;
    endedOn: string | null;
    endReason: 'divorce' | 'death' | null;
  }[]; // personal codes
  parentage: { parent: string; child: string }[]; // personal codes
}
