import type { Messages } from '../../platform/i18n/messages.ts';

export const mountTexts = {
  chooseMethod: { lv: 'Izvēlieties pieteikšanās veidu.', en: 'Choose a sign-in method.' },
  choosePerson: {
    lv: 'Izvēlieties testa personu vai ierakstiet personas kodu.',
    en: 'Choose a test person or type a personal code.',
  },
  personalCodeInvalid: {
    lv: 'Personas kods nav derīgs: 11 cipari, piemēram, 010101-10006.',
    en: 'The personal code is not valid: 11 digits, for example 010101-10006.',
  },
} as const satisfies Messages;
