import type { Messages } from '../../platform/i18n/messages.ts';

/** Words that several staff pages share: table headings, answers, buttons and links. */
export const staffTexts = {
  table: {
    organisation: { lv: 'Organizācija', en: 'Organisation' },
    status: { lv: 'Statuss', en: 'Status' },
    number: { lv: 'Numurs', en: 'Number' },
    name: { lv: 'Nosaukums', en: 'Name' },
    kind: { lv: 'Veids', en: 'Kind' },
    environment: { lv: 'Vide', en: 'Environment' },
    received: { lv: 'Saņemts', en: 'Received' },
    request: { lv: 'Pieprasījums', en: 'Request' },
    amount: { lv: 'Summa', en: 'Amount' },
    time: { lv: 'Laiks', en: 'Time' },
    personalCode: { lv: 'Personas kods', en: 'Personal code' },
  },
  answer: {
    yes: { lv: 'Jā', en: 'Yes' },
    no: { lv: 'Nē', en: 'No' },
  },
  filter: {
    all: { lv: 'Visi', en: 'All' },
    apply: { lv: 'Atlasīt', en: 'Filter' },
  },
  form: {
    save: { lv: 'Saglabāt', en: 'Save' },
    /** "Pamatojums": the grounds an officer writes down for a view, a hold or a decision. */
    justification: { lv: 'Pamatojums', en: 'Reason' },
    /** "Iemesls": why an agreement ends or an exemption changed. */
    reason: { lv: 'Iemesls', en: 'Reason' },
  },
  link: {
    backToList: { lv: 'Atpakaļ uz sarakstu', en: 'Back to the list' },
    toRequestQueue: { lv: 'Uz pieprasījumu rindu', en: 'To the request queue' },
    recordDeposit: { lv: 'Reģistrēt iemaksu', en: 'Record a deposit' },
  },
} as const satisfies Messages;
