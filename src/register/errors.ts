import { defineErrors } from '../platform/errors.ts';

export const registerErrors = defineErrors({
  personal_code_length: {
    status: 400,
    lv: 'Personas kodā jābūt 11 cipariem.',
    en: 'A personal code has 11 digits.',
  },
  personal_code_characters: {
    status: 400,
    lv: 'Personas kodā drīkst būt tikai cipari un defise pēc sestā cipara.',
    en: 'A personal code holds only digits and a hyphen after the sixth digit.',
  },
  personal_code_date: {
    status: 400,
    lv: 'Personas koda pirmie cipari neveido derīgu dzimšanas datumu.',
    en: 'The first digits of the personal code are not a valid birth date.',
  },
  personal_code_checksum: {
    status: 400,
    lv: 'Personas koda kontrolcipars nav pareizs.',
    en: 'The check digit of the personal code is wrong.',
  },
  person_not_found: {
    status: 404,
    lv: 'Persona ar šādu personas kodu reģistrā nav atrasta.',
    en: 'No person with this personal code is in the register.',
  },
  person_already_registered: {
    status: 409,
    lv: 'Persona ar šādu personas kodu jau ir reģistrā.',
    en: 'A person with this personal code is already in the register.',
  },
  person_deceased: {
    status: 409,
    lv: 'Persona ir mirusi; šīs izmaiņas nav iespējamas.',
    en: 'The person is deceased; this change is not possible.',
  },
  address_not_in_list: {
    status: 400,
    lv: 'Adrese nav atrodama adrešu reģistrā.',
    en: 'The address is not in the address register.',
  },
  date_in_future: {
    status: 400,
    lv: 'Datums nevar būt nākotnē.',
    en: 'The date cannot be in the future.',
  },
  date_before_birth: {
    status: 400,
    lv: 'Datums nevar būt pirms personas dzimšanas dienas.',
    en: 'The date cannot be before the person was born.',
  },
  date_before_current: {
    status: 400,
    lv: 'Datums nevar būt agrāks par pašreizējā ieraksta sākumu ({since}).',
    en: 'The date cannot be earlier than the start of the current entry ({since}).',
  },
  document_expires_before_issue: {
    status: 400,
    lv: 'Dokumenta derīguma termiņam jābeidzas pēc izdošanas datuma.',
    en: 'A document must expire after the date it was issued.',
  },
  document_number_taken: {
    status: 409,
    lv: 'Dokuments ar šādu numuru jau ir reģistrā.',
    en: 'A document with this number is already in the register.',
  },
  document_not_found: {
    status: 404,
    lv: 'Personai nav dokumenta ar šādu numuru.',
    en: 'The person has no document with this number.',
  },
  document_not_valid: {
    status: 409,
    lv: 'Dokuments jau nav derīgs.',
    en: 'The document is no longer valid.',
  },
  marriage_to_self: {
    status: 400,
    lv: 'Persona nevar stāties laulībā pati ar sevi.',
    en: 'A person cannot marry themselves.',
  },
  already_married: {
    status: 409,
    lv: 'Personai jau ir spēkā esoša laulība.',
    en: 'The person is already married.',
  },
  not_married: {
    status: 409,
    lv: 'Starp šīm personām nav spēkā esošas laulības.',
    en: 'These persons are not married to each other.',
  },
  image_invalid: {
    status: 400,
    lv: 'Sejas attēlam jābūt PNG vai JPEG failam līdz 2 MB.',
    en: 'A facial image must be a PNG or JPEG file of at most 2 MB.',
  },
  fingers_repeated: {
    status: 400,
    lv: 'Katrs pirksts drīkst būt norādīts tikai vienreiz.',
    en: 'Each finger may be given only once.',
  },
  biometrics_empty: {
    status: 400,
    lv: 'Jānorāda sejas attēls vai vismaz viens pirksta nospiedums.',
    en: 'Give a facial image or at least one fingerprint.',
  },
});
