import { defineErrors } from '../platform/errors.ts';

/** Stable codes of access requests, their deadlines and the working calendar. */
export const requestErrors = defineErrors({
  scope_required: {
    status: 400,
    lv: 'Izvēlieties vismaz vienu datu apjomu.',
    en: 'Choose at least one data scope.',
  },
  legal_basis_missing: {
    status: 400,
    lv: 'Katram izvēlētajam datu apjomam norādiet likumu un tā pantu.',
    en: 'Give the law and its article for every chosen data scope.',
  },
  purpose_missing: {
    status: 400,
    lv: 'Katram izvēlētajam datu apjomam norādiet datu izmantošanas mērķi.',
    en: 'Give the purpose of use for every chosen data scope.',
  },
  environment_required: {
    status: 400,
    lv: 'Izvēlieties vismaz vienu vidi: testa vai produkcijas.',
    en: 'Choose at least one environment: test or production.',
  },
  pdp_users_invalid: {
    status: 400,
    lv: 'Personu datu pārlūka lietotāju skaitam jābūt veselam skaitlim no 0 līdz 1000.',
    en: 'The number of Person Data Browser users must be a whole number from 0 to 1000.',
  },
  system_connections_invalid: {
    status: 400,
    lv: 'Sistēmu pieslēgumu skaitam jābūt veselam skaitlim no 0 līdz 100.',
    en: 'The number of system connections must be a whole number from 0 to 100.',
  },
  monitoring_choice_required: {
    status: 400,
    lv: 'Norādiet, vai būs nepieciešama personu datu izmaiņu uzraudzība.',
    en: 'Say whether you need monitoring of changes to person data.',
  },
  monitoring_persons_invalid: {
    status: 400,
    lv: 'Uzraudzīto personu skaitam jābūt veselam skaitlim no 1 līdz 10 000 000.',
    en: 'The number of monitored persons must be a whole number from 1 to 10,000,000.',
  },
  text_too_long: {
    status: 400,
    lv: 'Teksts ir pārāk garš (līdz {max} rakstzīmēm).',
    en: 'The text is too long (up to {max} characters).',
  },
  request_not_found: {
    status: 404,
    lv: 'Šāds pieprasījums nav atrasts.',
    en: 'No such access request.',
  },
  request_not_draft: {
    status: 409,
    lv: 'Pieprasījums jau ir iesniegts, un to vairs nevar mainīt.',
    en: 'The request has been submitted and can no longer be changed.',
  },
  request_not_submitted: {
    status: 409,
    lv: 'Pieprasījums vēl nav iesniegts, tāpēc tam nav termiņa.',
    en: 'The request has not been submitted yet, so it has no deadline.',
  },
  request_not_awaiting_answer: {
    status: 409,
    lv: 'Pieprasījumam netiek gaidīts precizējums.',
    en: 'No clarification is awaited for this request.',
  },
  request_awaiting_clarification: {
    status: 409,
    lv: 'Pieprasījumam gaida organizācijas precizējumu.',
    en: 'The request is waiting for the organisation’s clarification.',
  },
  request_closed: {
    status: 409,
    lv: 'Par pieprasījumu jau ir pieņemts lēmums.',
    en: 'The request has already been decided.',
  },
  clarification_text_required: {
    status: 400,
    lv: 'Ierakstiet tekstu (līdz 4000 rakstzīmēm).',
    en: 'Enter the text (up to 4000 characters).',
  },
  scope_not_requested: {
    status: 400,
    lv: 'Šis datu apjoms pieprasījumā nav prasīts.',
    en: 'This data scope was not asked for in the request.',
  },
  scope_decision_required: {
    status: 400,
    lv: 'Izvēlieties lēmumu: apstiprināt vai atteikt.',
    en: 'Choose a decision: approve or refuse.',
  },
  decision_reason_required: {
    status: 400,
    lv: 'Norādiet lēmuma pamatojumu (līdz 2000 rakstzīmēm).',
    en: 'Give the reason for the decision (up to 2000 characters).',
  },
  scope_already_decided: {
    status: 409,
    lv: 'Par šo datu apjomu lēmums jau ir pieņemts.',
    en: 'This data scope has already been decided.',
  },
  calendar_day_invalid: {
    status: 400,
    lv: 'Ievadiet datumu formātā GGGG-MM-DD.',
    en: 'Enter a date as YYYY-MM-DD.',
  },
  calendar_kind_invalid: {
    status: 400,
    lv: 'Izvēlieties, vai diena ir pārceltā darba diena vai svētku diena.',
    en: 'Choose whether the day is a transferred working day or a holiday.',
  },
  calendar_note_required: {
    status: 400,
    lv: 'Norādiet pamatojumu, piemēram, Ministru kabineta rīkojumu (līdz 500 rakstzīmēm).',
    en: 'Give the basis, such as the Cabinet order (up to 500 characters).',
  },
  calendar_exception_exists: {
    status: 409,
    lv: 'Šim datumam izņēmums jau ir ierakstīts.',
    en: 'This date already has an exception.',
  },
  working_day_not_weekend: {
    status: 400,
    lv: 'Pārceltā darba diena var būt tikai sestdiena vai svētdiena.',
    en: 'A transferred working day can only be a Saturday or a Sunday.',
  },
});

export type RequestErrorCode = keyof typeof requestErrors;
