import { defineErrors } from '../platform/errors.ts';

export const identityErrors = defineErrors({
  csrf_invalid: {
    status: 403,
    lv: 'Veidlapa ir novecojusi vai nav nosūtīta no šī pakalpojuma. Atveriet lapu no jauna un mēģiniet vēlreiz.',
    en: 'The form has expired or was not sent from this service. Open the page again and retry.',
  },
  sign_in_failed: {
    status: 400,
    lv: 'Pieteikšanās neizdevās. Lūdzu, sāciet pieteikšanos no jauna.',
    en: 'Signing in failed. Please start signing in again.',
  },
  sign_in_cancelled: {
    status: 400,
    lv: 'Pieteikšanās tika atcelta.',
    en: 'Signing in was cancelled.',
  },
  sign_in_interaction_expired: {
    status: 400,
    lv: 'Pieteikšanās ir novecojusi. Lūdzu, sāciet pieteikšanos no jauna.',
    en: 'This sign-in has expired. Please start signing in again.',
  },
  sign_in_method_unknown: {
    status: 400,
    lv: 'Identitātes nodrošinātājs nenorādīja atbalstītu pieteikšanās veidu.',
    en: 'The identity provider did not name a supported sign-in method.',
  },
  resident_not_in_register: {
    status: 403,
    lv: 'Jūsu personas kods nav atrasts Fizisko personu reģistrā, tāpēc šos e-pakalpojumus nevar izmantot. Ja uzskatāt, ka tā ir kļūda, sazinieties ar Pilsonības un migrācijas lietu pārvaldi.',
    en: 'Your personal code is not in the Population Register, so these e-services cannot be used. If you think this is a mistake, contact the Office of Citizenship and Migration Affairs.',
  },
  identity_provider_unavailable: {
    status: 503,
    lv: 'Pieteikšanās pakalpojums pašlaik nav pieejams. Lūdzu, mēģiniet vēlāk.',
    en: 'The sign-in service is not available right now. Please try later.',
  },
  staff_email_missing: {
    status: 400,
    lv: 'Ievadiet e-pasta adresi.',
    en: 'Enter your e-mail address.',
  },
  staff_password_missing: {
    status: 400,
    lv: 'Ievadiet paroli.',
    en: 'Enter your password.',
  },
  staff_credentials_invalid: {
    status: 401,
    lv: 'Nepareiza e-pasta adrese vai parole.',
    en: 'The e-mail address or password is wrong.',
  },
  staff_account_locked: {
    status: 423,
    lv: 'Pēc vairākiem nesekmīgiem mēģinājumiem konts ir bloķēts līdz {until}. Mēģiniet vēlreiz pēc tam.',
    en: 'After several failed attempts the account is locked until {until}. Try again after that.',
  },
  staff_email_invalid: {
    status: 400,
    lv: 'E-pasta adrese nav derīga.',
    en: 'The e-mail address is not valid.',
  },
  staff_email_taken: {
    status: 409,
    lv: 'Darbinieks ar šādu e-pasta adresi jau ir.',
    en: 'A staff member with this e-mail address already exists.',
  },
  staff_password_weak: {
    status: 400,
    lv: 'Parolē jābūt vismaz {minLength} rakstzīmēm.',
    en: 'A password needs at least {minLength} characters.',
  },
  staff_name_missing: {
    status: 400,
    lv: 'Norādiet darbinieka vārdu.',
    en: 'Give the staff member’s name.',
  },
});
