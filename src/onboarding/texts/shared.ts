import type { Messages } from '../../platform/i18n/messages.ts';

/**
 * Words the request, agreement and organisation pages all use, written once; each page's message
 * file names them under its own keys.
 */
export const sharedTexts = {
  organisation: { lv: 'Organizācija', en: 'Organisation' },
  status: { lv: 'Statuss', en: 'Status' },
  number: { lv: 'Numurs', en: 'Number' },
  dataScope: { lv: 'Datu apjoms', en: 'Data scope' },
  legalBasis: { lv: 'Tiesiskais pamats', en: 'Legal basis' },
  purpose: { lv: 'Mērķis', en: 'Purpose' },
  environments: { lv: 'Vides', en: 'Environments' },
  pdpUsers: { lv: 'Personu datu pārlūka lietotāji', en: 'Person Data Browser users' },
} as const satisfies Messages;
