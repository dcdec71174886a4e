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
    lv: 'Nepareiza e-pasta adrese, parole vai kods.',
    en: 'The e-mail address, password or code is wrong.',
  },
  staff_code_missing: {
    status: 400,
    lv: 'Ievadiet 6 ciparu kodu, ko rāda autentifikācijas lietotne.',
    en: 'Enter the 6-digit code the authenticator app shows.',
  },
  staff_totp_not_issued: {
    status: 403,
    lv: 'Jūsu kontam vēl nav izsniegts otrais faktors. Lūdziet administratoram to izsniegt.',
    en: 'No second factor has been issued for your account yet. Ask an administrator to issue one.',
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
  org_credentials_invalid: {
    status: 401,
    lv: 'Nepareiza e-pasta adrese, parole vai kods.',
    en: 'The e-mail address, password or code is wrong.',
  },
  org_account_locked: {
    status: 423,
    lv: 'Konts ir bloķēts pēc piecām nesekmīgām pieteikšanās reizēm. Lūdziet organizācijas atbildīgo lietotāju vai PMLP to atbloķēt.',
    en: 'The account is locked after five failed sign-in attempts. Ask your organisation’s responsible user or PMLP to unblock it.',
  },
  org_sign_in_fields_missing: {
    status: 400,
    lv: 'Ievadiet e-pasta adresi, paroli un kodu.',
    en: 'Enter the e-mail address, password and code.',
  },
  org_setup_link_invalid: {
    status: 404,
    lv: 'Iestatīšanas saite nav derīga vai ir novecojusi. Lūdziet jaunu uzaicinājumu.',
    en: 'The set-up link is not valid or has expired. Ask for a new invitation.',
  },
  org_password_weak: {
    status: 400,
    lv: 'Parolē jābūt vismaz {minLength} rakstzīmēm.',
    en: 'A password needs at least {minLength} characters.',
  },
  org_password_mismatch: {
    status: 400,
    lv: 'Paroles nesakrīt.',
    en: 'The passwords do not match.',
  },
  org_totp_invalid: {
    status: 400,
    lv: 'Kods nav pareizs. Ievadiet 6 ciparu kodu, ko tagad rāda autentifikācijas lietotne.',
    en: 'The code is wrong. Enter the 6-digit code the authenticator app shows now.',
  },
  org_user_email_taken: {
    status: 409,
    lv: 'Lietotājs ar šādu e-pasta adresi jau ir.',
    en: 'A user with this e-mail address already exists.',
  },
  org_user_email_invalid: {
    status: 400,
    lv: 'Ievadiet e-pasta adresi pareizā formātā, piemēram, vards@piemers.lv',
    en: 'Enter an e-mail address in the right format, like name@example.com',
  },
  org_user_name_missing: {
    status: 400,
    lv: 'Norādiet lietotāja vārdu un uzvārdu.',
    en: 'Give the user’s name.',
  },
  org_user_not_found: {
    status: 404,
    lv: 'Šāds organizācijas lietotājs nav atrasts.',
    en: 'No such user of the organisation.',
  },
  org_user_state_invalid: {
    status: 409,
    lv: 'Lietotāja stāvoklis šo darbību neatļauj.',
    en: 'The user’s state does not allow this.',
  },
  org_user_not_self: {
    status: 409,
    lv: 'Savu kontu šeit nevar mainīt.',
    en: 'You cannot change your own account here.',
  },
  user_limit_reached: {
    status: 409,
    lv: 'Spēkā esošie līgumi atļauj {limit} personu datu pārlūka lietotājus; šis būtu {count}.',
    en: 'The agreements in force allow {limit} Person Data Browser users; this would be {count}.',
  },
  org_manager_required: {
    status: 403,
    lv: 'Lietotājus pārvalda organizācijas atbildīgais lietotājs.',
    en: 'Users are managed by the organisation’s responsible user.',
  },
  org_representative_required: {
    status: 403,
    lv: 'Šī darbība ir tikai organizācijas pārstāvjiem.',
    en: 'Only the organisation’s representatives may do this.',
  },
  org_user_request_not_found: {
    status: 404,
    lv: 'Šāds neizskatīts lietotāja pieprasījums nav atrasts.',
    en: 'No such open user request.',
  },
  org_refusal_reason_missing: {
    status: 400,
    lv: 'Norādiet atteikuma iemeslu.',
    en: 'Give the reason for refusing.',
  },
});
