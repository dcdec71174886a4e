import type { Messages } from '../../platform/i18n/messages.ts';

export const provisionCellsTexts = {
  dateAndTime: { lv: 'Datums un laiks', en: 'Date and time' },
  organisation: { lv: 'Organizācija', en: 'Organisation' },
  data: { lv: 'Dati', en: 'Data' },
  purpose: { lv: 'Mērķis', en: 'Purpose' },
  legalBasis: { lv: 'Tiesiskais pamats', en: 'Legal basis' },
  channel: { lv: 'Veids', en: 'Channel' },
  regNo: { lv: 'Reģ. Nr. ', en: 'Reg. No. ' },
} as const satisfies Messages;
