import type { Messages } from '../../platform/i18n/messages.ts';

export const signInFieldsTexts = {
  password: { lv: 'Parole', en: 'Password' },
  code: {
    lv: 'Kods no autentifikācijas lietotnes',
    en: 'Code from the authenticator app',
  },
  codeHint: { lv: '6 cipari, piemēram, 123456', en: '6 digits, like 123456' },
} as const satisfies Messages;
