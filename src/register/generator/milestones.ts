import { dayFromIso } from './dates.ts';

/**
 * Real-world dates that shape the test data, as day numbers. Where the exact day matters little
 * for test data the comment says so.
 */
export const MILESTONES = {
  /** Earliest birth date generated. */
  earliestBirth: dayFromIso('1925-01-01'),
  /** Non-citizen status exists only for persons born in the USSR era (before 1991 here). */
  nonCitizensBornBefore: dayFromIso('1991-01-01'),
  /** Supreme Council resolution restoring citizens' rights; the start of citizenship records. */
  citizenshipRecords: dayFromIso('1991-10-15'),
  /** Approximate start of address records in the Population Register. */
  addressRecords: dayFromIso('1992-01-01'),
  /** Approximate start of issuing passports of the restored republic. */
  passports: dayFromIso('1992-07-01'),
  /** The first naturalisations under the 1994 Citizenship Law. */
  naturalisation: dayFromIso('1995-02-01'),
  /** The law on former USSR citizens without citizenship takes effect. */
  nonCitizenStatus: dayFromIso('1995-04-25'),
  /** EU accession: the start of the large emigration wave. */
  euAccession: dayFromIso('2004-05-01'),
  /** Late 2007: biometric passports, and with them BDAS facial images (approximate). */
  biometricFaces: dayFromIso('2007-11-20'),
  /** Regulation (EC) 2252/2004: fingerprints in passports from 28 June 2009. */
  passportFingerprints: dayFromIso('2009-06-28'),
  /** Regulation (EC) 380/2008: fingerprints in residence permits from 20 May 2011. */
  residencePermitFingerprints: dayFromIso('2011-05-20'),
  /** The first eID cards. */
  eidCards: dayFromIso('2012-04-02'),
  /** Personal codes without a birth date are issued from this day. */
  newPersonalCodes: dayFromIso('2017-07-01'),
  /** Regulation (EU) 2019/1157: fingerprints in identity cards from 2 August 2021. */
  eidFingerprints: dayFromIso('2021-08-02'),
} as const;
