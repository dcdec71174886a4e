import { defineErrors } from '../platform/errors.ts';

/** Errors of the list of monitored persons: adding, ending, batches and uploaded files. */
export const entryErrors = defineErrors({
  monitoring_not_agreed: {
    status: 403,
    lv: 'Organizācijas spēkā esošais līgums šajā vidē neietver monitoringu.',
    en: 'The organisation’s agreement in force does not include monitoring in this environment.',
  },
  monitoring_limit_reached: {
    status: 409,
    lv: 'Līgums atļauj monitorēt {limit} personas; tagad monitorē {monitored}, pievienot lūgtas {requested}.',
    en: 'The agreement allows monitoring {limit} persons; {monitored} are monitored now and {requested} were asked to be added.',
  },
  monitoring_purpose_required: {
    status: 400,
    lv: 'Norādiet mērķi: līgumā ir vairāki mērķi ({purposes}).',
    en: 'Name the purpose: the agreement has several ({purposes}).',
  },
  monitoring_purpose_not_agreed: {
    status: 403,
    lv: 'Norādītais mērķis nav organizācijas līgumā, kas ietver monitoringu.',
    en: 'The stated purpose is not in the organisation’s agreement that includes monitoring.',
  },
  monitoring_person_not_monitored: {
    status: 404,
    lv: 'Organizācija šajā vidē šo personu nemonitorē.',
    en: 'The organisation does not monitor this person in this environment.',
  },
  monitoring_end_date_past: {
    status: 400,
    lv: 'Monitoringa beigu datums nevar būt pagātnē.',
    en: 'The end date of monitoring cannot be in the past.',
  },
  monitoring_batch_refused: {
    status: 422,
    lv: 'Nekas netika mainīts: {count} ierakstos ir kļūdas; katra ir norādīta sarakstā.',
    en: 'Nothing was changed: {count} items have errors; each is listed.',
  },
  monitoring_duplicate_code: {
    status: 400,
    lv: 'Šis personas kods sarakstā jau ir norādīts iepriekš.',
    en: 'This personal code appears earlier in the list.',
  },
  monitoring_over_limit: {
    status: 409,
    lv: 'Pārsniedz līgumā atļauto monitorējamo personu skaitu.',
    en: 'Goes beyond the number of persons the agreement allows monitoring.',
  },
  monitoring_reference_invalid: {
    status: 400,
    lv: 'Atsauce var būt 1–100 rakstzīmes gara.',
    en: 'A reference is 1 to 100 characters long.',
  },
  monitoring_file_missing: {
    status: 400,
    lv: 'Izvēlieties datni ar personas kodiem.',
    en: 'Choose a file of personal codes.',
  },
  monitoring_file_too_large: {
    status: 413,
    lv: 'Datne ir par lielu: ne vairāk kā {maxBytes} baiti un {maxLines} rindas.',
    en: 'The file is too large: at most {maxBytes} bytes and {maxLines} lines.',
  },
  monitoring_file_binary: {
    status: 400,
    lv: 'Datne nav teksta datne (UTF-8): augšupielādējiet personas kodus pa vienam rindā.',
    en: 'The file is not a text file (UTF-8): upload personal codes one per line.',
  },
  monitoring_file_empty: {
    status: 400,
    lv: 'Datnē nav neviena personas koda.',
    en: 'The file holds no personal code.',
  },
});

/** Errors of the organisation's pages of the list. */
export const entryPageErrors = defineErrors({
  monitoring_representative_required: {
    status: 403,
    lv: 'Monitorēto personu sarakstu pārvalda organizācijas pārstāvji.',
    en: 'The list of monitored persons is managed by the organisation’s representatives.',
  },
});
