import type { Text } from '../../platform/i18n/locale.ts';
import type { Messages } from '../../platform/i18n/messages.ts';

/** Words of the Person Data Browser's pages and of the person record they show. */

export const PDP_TITLE: Text = { lv: 'Personu datu pārlūks', en: 'Person Data Browser' };
export const PDP_RESULT_TITLE: Text = { lv: 'Meklēšanas rezultāts', en: 'Search result' };

export const FIELD_TEXTS = {
  purpose: { lv: 'Izmantošanas mērķis', en: 'Purpose of use' },
  choosePurpose: { lv: 'Izvēlēties mērķi', en: 'Choose the purpose' },
  endUser: { lv: 'Lietas numurs vai pamatojums', en: 'Case number or justification' },
  endUserHint: {
    lv: 'Galalietotājs vai lieta, kuras vajadzībām dati tiek pieprasīti. Tiek ierakstīts auditā.',
    en: 'The end user or case the data are requested for. It is recorded in the audit log.',
  },
  personalCode: { lv: 'Personas kods', en: 'Personal code' },
  personalCodeHint: {
    lv: 'Piemēram, 161175-19997 vai 32073120115',
    en: 'For example 161175-19997 or 32073120115',
  },
  criteriaLegend: {
    lv: 'Vai meklēt pēc uzvārda un vārda un/vai dzimšanas datuma',
    en: 'Or search by surname with given name and/or birth date',
  },
  criteriaHint: {
    lv: (max: number) =>
      `Aizpildiet tikai tad, ja personas kods nav zināms. Tiek parādītas ne vairāk kā ${max} personas.`,
    en: (max: number) =>
      `Fill in only when the personal code is not known. At most ${max} persons are shown.`,
  },
  surname: { lv: 'Uzvārds', en: 'Surname' },
  givenNames: { lv: 'Vārds', en: 'Given name' },
  birthDate: { lv: 'Dzimšanas datums', en: 'Birth date' },
  birthDateHint: { lv: 'GGGG-MM-DD', en: 'YYYY-MM-DD' },
  scopes: { lv: 'Datu apjomi', en: 'Data scopes' },
  scopesHint: {
    lv: 'Tikai līgumā šim mērķim piešķirtie datu apjomi.',
    en: 'Only the data scopes the agreement grants for this purpose.',
  },
  search: { lv: 'Meklēt', en: 'Search' },
} satisfies Messages;

export const FEE_TEXTS = {
  heading: { lv: 'Maksa', en: 'Fee' },
  perPerson: {
    lv: (fee: string) =>
      `Par katru parādīto personu no organizācijas priekšapmaksas atlikuma tiek iekasēta valsts nodeva EUR ${fee}. Ja persona netiek atrasta, maksa netiek iekasēta.`,
    en: (fee: string) =>
      `For each person shown, a state fee of EUR ${fee} is taken from the organisation’s prepaid balance. Nothing is charged when no person is found.`,
  },
  exempt: {
    lv: 'Organizācija ir atbrīvota no valsts nodevas: meklēšana ir bez maksas.',
    en: 'The organisation is exempt from the state fee: searching is free of charge.',
  },
  balance: { lv: 'Priekšapmaksas atlikums', en: 'Prepaid balance' },
  charged: { lv: 'Iekasētā valsts nodeva', en: 'State fee charged' },
  balanceAfter: { lv: 'Atlikums pēc meklēšanas', en: 'Balance after the search' },
  exemptCharged: { lv: 'EUR 0,00 (atbrīvots)', en: 'EUR 0.00 (exempt)' },
  /** An amount as the browser shows it, "EUR" first in both languages. */
  amount: {
    lv: (amount: string) => `EUR ${amount}`,
    en: (amount: string) => `EUR ${amount}`,
  },
  chargedTotal: {
    lv: (total: string, persons: number, perPerson: string) =>
      `EUR ${total} (${persons} × EUR ${perPerson})`,
    en: (total: string, persons: number, perPerson: string) =>
      `EUR ${total} (${persons} × EUR ${perPerson})`,
  },
} satisfies Messages;

export const RESULT_TEXTS = {
  agreement: { lv: 'Līgums', en: 'Agreement' },
  purpose: { lv: 'Mērķis', en: 'Purpose' },
  endUser: { lv: 'Lieta vai pamatojums', en: 'Case or justification' },
  persons: { lv: 'Atrastās personas', en: 'Persons found' },
  newSearch: { lv: 'Jauna meklēšana', en: 'New search' },
  noData: { lv: 'Nav ziņu', en: 'No data' },
  none: { lv: 'Nav', en: 'None' },
  person: { lv: 'Persona', en: 'Person' },
  audited: {
    lv: 'Katra datu izsniegšana ir ierakstīta auditā, un iedzīvotājs to redz sadaļā "Kas izmantoja manus datus".',
    en: 'Each provision is recorded in the audit log, and the resident sees it under "Who used my data".',
  },
} satisfies Record<string, Text>;

export const NO_AGREEMENT_TEXTS = {
  heading: {
    lv: 'Organizācijai nav spēkā esoša līguma',
    en: 'The organisation has no agreement in force',
  },
  body: {
    lv: 'Personu datu pārlūkā var meklēt tikai tad, ja organizācijai ir noslēgts līgums, kas atļauj datu saņemšanu produkcijas vidē vismaz vienam mērķim. Vērsieties pie organizācijas pārstāvja.',
    en: 'The Person Data Browser can be used only when the organisation has a concluded agreement that allows receiving data in the production environment for at least one purpose. Ask the organisation’s representative.',
  },
  workspaceLink: { lv: 'Uz organizācijas darba vietu', en: 'To the organisation’s workspace' },
} satisfies Record<string, Text>;

/** Labels of the person record's fields, by scope. */
export const RECORD_LABELS = {
  personalCode: { lv: 'Personas kods', en: 'Personal code' },
  givenNames: { lv: 'Vārds (vārdi)', en: 'Given names' },
  surname: { lv: 'Uzvārds', en: 'Surname' },
  birthDate: { lv: 'Dzimšanas datums', en: 'Birth date' },
  sex: { lv: 'Dzimums', en: 'Sex' },
  status: { lv: 'Statuss', en: 'Status' },
  latinForm: { lv: 'Latīņu transliterācija', en: 'Latin transliteration' },
  validFrom: { lv: 'No', en: 'From' },
  validTo: { lv: 'Līdz', en: 'Until' },
  reason: { lv: 'Iemesls', en: 'Reason' },
  place: { lv: 'Vieta', en: 'Place' },
  country: { lv: 'Valsts', en: 'Country' },
  registrationEntry: { lv: 'Reģistrācijas ieraksts', en: 'Registration entry' },
  nationalityStatus: { lv: 'Statuss', en: 'Status' },
  kind: { lv: 'Veids', en: 'Kind' },
  address: { lv: 'Adrese', en: 'Address' },
  addressCode: { lv: 'Adreses kods', en: 'Address code' },
  flat: { lv: 'dz.', en: 'flat' },
  documentType: { lv: 'Dokuments', en: 'Document' },
  number: { lv: 'Numurs', en: 'Number' },
  issuer: { lv: 'Izdevējs', en: 'Issuer' },
  issuedOn: { lv: 'Izdots', en: 'Issued' },
  expiresOn: { lv: 'Derīgs līdz', en: 'Valid until' },
  civilStatus: { lv: 'Ģimenes stāvoklis', en: 'Civil status' },
  spouse: { lv: 'Laulātā personas kods', en: 'Spouse’s personal code' },
  marriedOn: { lv: 'Laulības datums', en: 'Married on' },
  endedOn: { lv: 'Izbeigta', en: 'Ended' },
  endReason: { lv: 'Izbeigšanas iemesls', en: 'How it ended' },
  parents: { lv: 'Vecāki', en: 'Parents' },
  children: { lv: 'Bērni', en: 'Children' },
  diedOn: { lv: 'Miršanas datums', en: 'Date of death' },
} satisfies Record<string, Text>;

export const VALUE_LABELS: Record<string, Text> = {
  male: { lv: 'vīrietis', en: 'male' },
  female: { lv: 'sieviete', en: 'female' },
  active: { lv: 'aktīvs', en: 'active' },
  deceased: { lv: 'miris', en: 'deceased' },
  emigrated: { lv: 'izceļojis', en: 'emigrated' },
  citizen: { lv: 'Latvijas pilsonis', en: 'citizen of Latvia' },
  non_citizen: { lv: 'Latvijas nepilsonis', en: 'non-citizen of Latvia' },
  foreigner: { lv: 'ārzemnieks', en: 'foreigner' },
  stateless: { lv: 'bezvalstnieks', en: 'stateless person' },
  declared: { lv: 'deklarētā adrese', en: 'declared address' },
  additional: { lv: 'papildu adrese', en: 'additional address' },
  passport: { lv: 'pase', en: 'passport' },
  eid_card: { lv: 'personas apliecība (eID)', en: 'identity card (eID)' },
  residence_permit: { lv: 'uzturēšanās atļauja', en: 'residence permit' },
  valid: { lv: 'derīgs', en: 'valid' },
  invalidated: { lv: 'anulēts', en: 'invalidated' },
  expired: { lv: 'derīguma termiņš beidzies', en: 'expired' },
  single: { lv: 'neprecējies', en: 'single' },
  married: { lv: 'precējies', en: 'married' },
  divorced: { lv: 'šķīries', en: 'divorced' },
  widowed: { lv: 'atraitnis', en: 'widowed' },
  divorce: { lv: 'šķiršana', en: 'divorce' },
  death: { lv: 'laulātā nāve', en: 'death of a spouse' },
};

export function valueLabel(value: string, locale: 'lv' | 'en'): string {
  return VALUE_LABELS[value]?.[locale] ?? value;
}
