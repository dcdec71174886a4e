import { defineErrors } from '../platform/errors.ts';

export const organisationErrors = defineErrors({
  registration_number_invalid: {
    status: 400,
    lv: 'Reģistrācijas numurs nav derīgs: tam jābūt 11 cipariem ar pareizu kontrolciparu, piemēram, 40003032949.',
    en: 'The registration number is not valid: it has 11 digits with a correct check digit, like 40003032949.',
  },
  organisation_exists: {
    status: 409,
    lv: 'Organizācija ar šo reģistrācijas numuru jau ir reģistrēta.',
    en: 'An organisation with this registration number is already registered.',
  },
  organisation_not_found: {
    status: 404,
    lv: 'Šāda organizācija nav atrasta.',
    en: 'No such organisation.',
  },
  organisation_not_confirmed: {
    status: 403,
    lv: 'Organizācijas reģistrācija vēl nav apstiprināta.',
    en: 'The organisation’s registration is not confirmed yet.',
  },
  fee_exemption_reason_missing: {
    status: 400,
    lv: 'Norādiet maiņas iemeslu.',
    en: 'Give the reason for the change.',
  },
});
