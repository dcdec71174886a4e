import { defineErrors } from '../platform/errors.ts';

export const accessErrors = defineErrors({
  no_agreement_for_environment: {
    status: 403,
    lv: 'Organizācijai nav spēkā esoša līguma, kas atļauj datu saņemšanu šajā vidē.',
    en: 'The organisation has no agreement in force that allows receiving data in this environment.',
  },
  test_persons_test_only: {
    status: 403,
    lv: 'Testa personu saraksts ir pieejams tikai testa vides savienojumam; produkcijas vidē tās neatbild.',
    en: 'The list of test persons is for a test-environment connection only; they do not answer in production.',
  },
  purpose_not_allowed: {
    status: 403,
    lv: 'Norādītais izmantošanas mērķis nav atļauts organizācijas līgumā.',
    en: 'The stated purpose of use is not allowed by the organisation’s agreement.',
  },
  scope_not_granted: {
    status: 403,
    lv: 'Līgums šim mērķim nepiešķir datu apjomu "{scope}".',
    en: 'The agreement does not grant the data scope "{scope}" for this purpose.',
  },
  criteria_search_not_allowed: {
    status: 403,
    lv: 'Līgums neatļauj meklēt personas pēc vārda, uzvārda un dzimšanas datuma; meklējiet pēc personas koda.',
    en: 'The agreement does not allow searching persons by name and birth date; search by personal code.',
  },
  batch_too_large: {
    status: 400,
    lv: 'Vienā pieprasījumā var norādīt ne vairāk kā {max} personas kodus.',
    en: 'One request may name at most {max} personal codes.',
  },
  query_empty: {
    status: 400,
    lv: 'Norādiet personas kodu vai meklēšanas kritērijus (uzvārds un vārds vai dzimšanas datums).',
    en: 'Give a personal code or search criteria (surname with given name or birth date).',
  },
  end_user_missing: {
    status: 400,
    lv: 'Norādiet galalietotāju vai lietu, kuras vajadzībām dati tiek pieprasīti.',
    en: 'Name the end user or the case the data are requested for.',
  },
  idempotency_key_reused: {
    status: 422,
    lv: 'Šī Idempotency-Key vērtība jau izmantota citam pieprasījumam.',
    en: 'This Idempotency-Key was already used for another request.',
  },
  persons_not_found: {
    status: 404,
    lv: 'Neviena persona netika atrasta. Maksa netika iekasēta.',
    en: 'No person was found. Nothing was charged.',
  },
  pdp_result_not_found: {
    status: 404,
    lv: 'Šāds meklēšanas rezultāts nav atrasts. Rezultāts ir redzams tikai tam, kurš meklēja.',
    en: 'No such search result. A result is shown only to whoever searched.',
  },
  pdp_user_required: {
    status: 403,
    lv: 'Personu datu pārlūku var lietot tikai organizācijas pārlūka lietotāji. Pārstāvji datus pārlūkā nemeklē.',
    en: 'Only the organisation’s browser users may use the Person Data Browser. Representatives do not search data there.',
  },
  pdp_scope_missing: {
    status: 400,
    lv: 'Izvēlieties vismaz vienu datu apjomu.',
    en: 'Choose at least one data scope.',
  },
  pdp_code_or_criteria: {
    status: 400,
    lv: 'Norādiet vai nu personas kodu, vai meklēšanas kritērijus, ne abus.',
    en: 'Give either a personal code or search criteria, not both.',
  },
  birth_date_invalid: {
    status: 400,
    lv: 'Dzimšanas datumam jābūt derīgam datumam formātā GGGG-MM-DD.',
    en: 'The birth date must be a valid date as YYYY-MM-DD.',
  },
});
