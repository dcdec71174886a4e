import { datePhrases } from '../../platform/time/dates.ts';
import type { Messages } from '../../platform/i18n/messages.ts';

/** The officer's pages on a person's data use: the look-up, the records, and a hold on one. */
export const dataUseTexts = {
  /** The look-up page's and the records page's title. */
  title: { lv: 'Personas datu izmantošana', en: 'Use of a person’s data' },
  searchPage: {
    lead: {
      lv: 'Parāda, kurām organizācijām izsniegti personas dati, un ļauj uz laiku paslēpt ierakstu no personas. Katrs skatījums tiek reģistrēts ar Jūsu norādīto pamatojumu.',
      en: 'Shows which organisations received the person’s data, and lets you hide a record from the person for a time. Every view is recorded with the reason you give.',
    },
    personalCodeHint: { lv: 'Piemēram, 010101-10006', en: 'For example, 010101-10006' },
    reasonHint: {
      lv: 'Piemēram, personas iesnieguma vai lietas numurs',
      en: 'For example, the number of the person’s application or of the case',
    },
    show: { lv: 'Rādīt', en: 'Show' },
  },
  environments: {
    production: { lv: 'Ražošanas', en: 'Production' },
    test: { lv: 'Testa', en: 'Test' },
  },
  /** The state of a record's hold, in the records table and on the hold page. */
  hold: {
    none: { lv: 'Nav', en: 'None' },
    ended: {
      lv: (day: string) => `Beidzās ${datePhrases.on(day, 'lv')}`,
      en: (day: string) => `Ended ${datePhrases.on(day, 'en')}`,
    },
    hiddenUntil: {
      lv: (day: string) => `Slēpts ${datePhrases.until(day, 'lv')}`,
      en: (day: string) => `Hidden ${datePhrases.until(day, 'en')}`,
    },
    change: { lv: 'Mainīt slēpšanu', en: 'Change the hold' },
  },
  viewPage: {
    notices: {
      hold_set: { lv: 'Ieraksta slēpšana saglabāta.', en: 'The hold on the record was saved.' },
      hold_lifted: {
        lv: 'Slēpšana atcelta: persona ierakstu redz.',
        en: 'The hold was lifted: the person sees the record.',
      },
    },
    viewReason: { lv: 'Skatījuma pamatojums', en: 'Reason for the view' },
    none: {
      lv: 'Personas dati organizācijām nav izsniegti.',
      en: 'No data of this person was provided.',
    },
    record: { lv: 'Ieraksts', en: 'Record' },
    fee: { lv: 'Maksa', en: 'Fee' },
    hold: { lv: 'Slēpšana', en: 'Hold' },
    hide: { lv: 'Slēpt', en: 'Hide' },
    /** Hidden after the link, so it says which record. */
    whichRecord: {
      lv: (id: number) => ` (ieraksts ${id})`,
      en: (id: number) => ` (record ${id})`,
    },
    searchAgain: { lv: 'Meklēt citu personu', en: 'Look up another person' },
  },
  holdPage: {
    title: { lv: 'Ieraksta slēpšana', en: 'Hold on a record' },
    dateAndTime: { lv: 'Datums un laiks', en: 'Date and time' },
    registrationNumber: { lv: 'Reģ. Nr. ', en: 'Reg. No. ' },
    data: { lv: 'Dati', en: 'Data' },
    purpose: { lv: 'Mērķis', en: 'Purpose' },
    channelAndEnvironment: { lv: 'Veids un vide', en: 'Channel and environment' },
    currentHold: { lv: 'Pašreizējā slēpšana', en: 'Current hold' },
    hideHeading: { lv: 'Slēpt ierakstu', en: 'Hide the record' },
    explanation: {
      lv: 'Persona šo ierakstu sadaļā “Kas izmantoja manus datus” neredzēs līdz norādītajai dienai; no tās dienas ieraksts būs redzams. Pats ieraksts netiek mainīts.',
      en: 'The person will not see this record in “Who used my data” until the day given; from that day on it shows. The record itself is not changed.',
    },
    hiddenUntil: { lv: 'Slēpt līdz', en: 'Hide until' },
    hiddenUntilHint: { lv: 'GGGG-MM-DD, vēlāk par šodienu', en: 'YYYY-MM-DD, after today' },
    lift: { lv: 'Atcelt slēpšanu', en: 'Lift the hold' },
    back: { lv: 'Atpakaļ uz personas ierakstiem', en: 'Back to the person’s records' },
  },
} as const satisfies Messages;
