import { datePhrases, formatDay } from '../../platform/time/dates.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { sharedTexts } from './shared.ts';

/** The organisation's request pages: the form, the check, the confirmation, the list and one request. */
export const requestPageTexts = {
  /** The key facts of a request, in its summary and on the check page. */
  facts: {
    organisation: sharedTexts.organisation,
    status: sharedTexts.status,
    submitted: { lv: 'Iesniegts', en: 'Submitted' },
    deadline: { lv: 'Atbildes termiņš', en: 'Answer due by' },
    clockStopped: {
      lv: '; termiņš apturēts, kamēr gaida precizējumu',
      en: '; the clock is stopped while a clarification is awaited',
    },
    decided: { lv: 'Lēmums pieņemts', en: 'Decided' },
    environments: sharedTexts.environments,
    pdpUsers: sharedTexts.pdpUsers,
    systemConnections: { lv: 'Sistēmu pieslēgumi', en: 'System connections' },
    monitoring: { lv: 'Uzraudzība', en: 'Monitoring' },
    monitoringPersons: {
      lv: (n: number) => `Jā, aptuveni ${n} personas`,
      en: (n: number) => `Yes, about ${n} persons`,
    },
  },
  scopeTable: {
    scope: sharedTexts.dataScope,
    legalBasis: sharedTexts.legalBasis,
    purpose: sharedTexts.purpose,
    decision: { lv: 'Lēmums', en: 'Decision' },
  },
  events: {
    heading: { lv: 'Gaita', en: 'History' },
    deadline: { lv: 'Atbildes termiņš: ', en: 'Answer due by: ' },
  },
  yes: { lv: 'Jā', en: 'Yes' },
  no: { lv: 'Nē', en: 'No' },
  dataScopesHeading: { lv: 'Datu apjomi', en: 'Data scopes' },
  dataScopesHint: {
    lv: 'Atveriet katru datu apjomu, ko pieprasāt, atzīmējiet to un norādiet tiesisko pamatu un mērķi. Pieprasītie datu apjomi paliek atvērti.',
    en: 'Open each data scope you ask for, tick it and give the legal basis and purpose. The scopes asked for stay open.',
  },
  connectionHeading: { lv: 'Pieslēgums', en: 'Connection' },
  allRequests: { lv: 'Visi pieprasījumi', en: 'All requests' },
  form: {
    title: {
      lv: 'Pieprasījums datu saņemšanai no Iedzīvotāju reģistra',
      en: 'Request for data from the Population Register',
    },
    lead: {
      lv: 'Norādiet, kurus datus organizācijai vajag, un katram datu apjomam – tiesisko pamatu un izmantošanas mērķi. Atbildi sniegsim 30 darba dienu laikā pēc iesniegšanas.',
      en: 'Say which data your organisation needs and, for each data scope, the legal basis and the purpose of use. We answer within 30 working days of submission.',
    },
    mandatory: {
      lv: 'Ar zvaigznīti (*) atzīmētie lauki ir obligāti izvēlētajiem datu apjomiem.',
      en: 'Fields marked with an asterisk (*) are mandatory for each chosen data scope.',
    },
    askFor: {
      lv: (scope: string) => `Pieprasīt: ${scope}`,
      en: (scope: string) => `Ask for: ${scope}`,
    },
    law: { lv: 'Likums vai cits normatīvais akts', en: 'Law or other legal act' },
    lawHint: {
      lv: 'Piemēram, Fizisko personu reģistra likums',
      en: 'For example, the Natural Persons Register Law',
    },
    article: { lv: 'Pants, daļa vai punkts', en: 'Article, paragraph or point' },
    purpose: { lv: 'Datu izmantošanas mērķis', en: 'Purpose of use' },
    environments: { lv: 'Vides (vismaz viena) *', en: 'Environments (at least one) *' },
    pdpUsers: {
      lv: 'Personu datu pārlūka lietotāju skaits',
      en: 'Number of Person Data Browser users',
    },
    pdpUsersHint: { lv: 'No 0 līdz 1000', en: 'From 0 to 1000' },
    systemConnections: { lv: 'Sistēmu pieslēgumu skaits', en: 'Number of system connections' },
    systemConnectionsHint: { lv: 'No 0 līdz 100', en: 'From 0 to 100' },
    monitoring: {
      lv: 'Vai vajadzēs personu datu izmaiņu uzraudzību? *',
      en: 'Will you need monitoring of changes to person data? *',
    },
    monitoringPersons: {
      lv: 'Aptuvenais uzraudzīto personu skaits (ja jā)',
      en: 'About how many persons (if yes)',
    },
    save: { lv: 'Saglabāt un turpināt', en: 'Save and continue' },
    toList: { lv: 'Uz pieprasījumu sarakstu', en: 'To the list of requests' },
  },
  check: {
    title: {
      lv: 'Pārbaudiet pieprasījumu pirms iesniegšanas',
      en: 'Check your request before submitting it',
    },
    change: { lv: 'Mainīt', en: 'Change' },
    legalBasis: { lv: 'Tiesiskais pamats: ', en: 'Legal basis: ' },
    purpose: { lv: 'Mērķis: ', en: 'Purpose: ' },
    changeScopes: { lv: 'Mainīt pieprasītos datu apjomus', en: 'Change the data scopes asked for' },
    submittingHeading: { lv: 'Iesniegšana', en: 'Submitting' },
    declaration: {
      lv: 'Iesniedzot apliecināt, ka norādītās ziņas ir patiesas un dati tiks izmantoti tikai norādītajiem mērķiem. Pēc iesniegšanas pieprasījumu vairs nevarēs mainīt.',
      en: 'By submitting you confirm that the information is true and the data will be used only for the purposes given. After submitting, the request can no longer be changed.',
    },
    submit: { lv: 'Iesniegt', en: 'Submit' },
  },
  list: {
    title: { lv: 'Datu pieprasījumi', en: 'Data requests' },
    newRequest: { lv: 'Jauns pieprasījums', en: 'New request' },
    none: { lv: 'Pieprasījumu vēl nav.', en: 'No requests yet.' },
    number: sharedTexts.number,
    left: { lv: 'Atlicis', en: 'Left' },
    draft: {
      lv: (id: number) => `Melnraksts nr. ${id}`,
      en: (id: number) => `Draft no. ${id}`,
    },
  },
  detail: {
    title: { lv: 'Pieprasījums', en: 'Request' },
    question: { lv: 'PMLP lūdz precizēt', en: 'PMLP asks you to clarify' },
    answer: { lv: 'Jūsu atbilde', en: 'Your answer' },
    send: { lv: 'Nosūtīt atbildi', en: 'Send the answer' },
    scopesCaption: { lv: 'Datu apjomi un lēmumi', en: 'Data scopes and decisions' },
  },
  submitted: {
    title: { lv: 'Pieprasījums iesniegts', en: 'Request submitted' },
    number: { lv: 'Pieprasījuma numurs', en: 'Request number' },
    answerBy: {
      lv: (day: string) => `Atbildi sniegsim ${datePhrases.until(day, 'lv')}`,
      en: (day: string) => `We will answer by ${formatDay(day, 'en')}`,
    },
    workingDays: { lv: ' (30 darba dienas).', en: ' (30 working days).' },
    whatNext: {
      lv: 'Apstiprinājumu nosūtījām uz organizācijas paziņojumu e-pastu un Jums. Ja lūgsim pieprasījumu precizēt, termiņš pagarināsies par darba dienām, kamēr gaidīsim atbildi.',
      en: 'We sent a confirmation to the organisation’s notice e-mail and to you. If we ask you to clarify the request, the deadline moves by the working days we wait for your answer.',
    },
    view: { lv: 'Skatīt pieprasījumu', en: 'View the request' },
  },
} as const satisfies Messages;
