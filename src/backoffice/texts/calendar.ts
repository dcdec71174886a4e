import type { Messages } from '../../platform/i18n/messages.ts';

/** The working-day calendar: exceptions to the public-holiday rules that PMLP records. */
export const calendarTexts = {
  /** The page's title and the request queue's link to it. */
  title: { lv: 'Darba dienu kalendārs', en: 'Working-day calendar' },
  kinds: {
    working_day: {
      lv: 'Pārceltā darba diena (strādājama sestdiena)',
      en: 'Transferred working day (a Saturday worked)',
    },
    holiday: {
      lv: 'Brīvdiena (vienreizēja svētku diena vai pārcelta darba diena)',
      en: 'Day off (one-off holiday or a day transferred)',
    },
  },
  lead: {
    lv: 'Svētku dienas pēc likuma tiek ņemtas vērā automātiski. Šeit ierakstiet Ministru kabineta rīkojumos noteiktās pārceltās darba dienas un vienreizējās svētku dienas; tās ietekmē visus termiņus.',
    en: 'Public holidays by law are known already. Record here the transferred working days and one-off holidays set by Cabinet orders; they affect every deadline.',
  },
  upcoming: {
    heading: { lv: 'Gaidāmie izņēmumi', en: 'Upcoming exceptions' },
    none: { lv: 'Izņēmumu nav.', en: 'No exceptions.' },
  },
  /** A table heading and the form's field alike. */
  date: { lv: 'Datums', en: 'Date' },
  basis: { lv: 'Pamatojums', en: 'Basis' },
  form: {
    heading: { lv: 'Pievienot izņēmumu', en: 'Add an exception' },
    dateHint: { lv: 'GGGG-MM-DD', en: 'YYYY-MM-DD' },
    choose: { lv: 'Izvēlieties', en: 'Choose' },
    basisHint: {
      lv: 'Piemēram, MK 10.06.2025. rīkojums Nr. …',
      en: 'For example, the Cabinet order of …',
    },
    add: { lv: 'Pievienot', en: 'Add' },
  },
} as const satisfies Messages;
