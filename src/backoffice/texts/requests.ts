import type { Messages } from '../../platform/i18n/messages.ts';

/** The officer's queue of organisations' data requests and the review of one request. */
export const requestTexts = {
  queuePage: {
    title: { lv: 'Datu pieprasījumi', en: 'Data requests' },
    filters: {
      label: { lv: 'Atlase', en: 'Filter' },
      allOpen: { lv: 'Visi atvērtie', en: 'All open' },
      overdue: { lv: 'Nokavēti', en: 'Overdue' },
      dueThisWeek: { lv: 'Termiņš šonedēļ', en: 'Due this week' },
    },
    none: { lv: 'Pieprasījumu nav.', en: 'No requests.' },
    table: {
      submitted: { lv: 'Iesniegts', en: 'Submitted' },
      deadline: { lv: 'Termiņš', en: 'Deadline' },
      left: { lv: 'Atlicis', en: 'Left' },
      undecided: { lv: 'Neizlemti apjomi', en: 'Undecided scopes' },
    },
  },
  reviewPage: {
    scopesCaption: { lv: 'Datu apjomi un lēmumi', en: 'Data scopes and decisions' },
    onHold: {
      lv: 'Gaida organizācijas precizējumu; termiņš ir apturēts.',
      en: 'Waiting for the organisation’s clarification; the deadline is on hold.',
    },
    decisions: {
      heading: { lv: 'Lēmumi par datu apjomiem', en: 'Decisions on data scopes' },
      approve: { lv: 'Apstiprināt', en: 'Approve' },
      refuse: { lv: 'Atteikt', en: 'Refuse' },
      /** The button, followed by the scope's name. */
      save: { lv: 'Saglabāt lēmumu: ', en: 'Save the decision: ' },
    },
    clarification: {
      heading: { lv: 'Lūgt precizējumu', en: 'Ask for clarification' },
      question: { lv: 'Jautājums organizācijai', en: 'Question to the organisation' },
      questionHint: {
        lv: 'Kamēr gaidām atbildi, termiņš netiek skaitīts.',
        en: 'The deadline does not run while we wait for the answer.',
      },
      send: { lv: 'Nosūtīt jautājumu', en: 'Send the question' },
    },
  },
} as const satisfies Messages;
