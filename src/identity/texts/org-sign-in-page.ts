import type { Messages } from '../../platform/i18n/messages.ts';

export const orgSignInPageTexts = {
  intro: {
    lv: 'Organizāciju pārstāvjiem un personu datu pārlūka lietotājiem.',
    en: 'For representatives of organisations and users of the Person Data Browser.',
  },
  registerLink: { lv: 'Reģistrēt organizāciju', en: 'Register an organisation' },
  title: { lv: 'Organizāciju lietotāju pieteikšanās', en: 'Organisation users’ sign-in' },
} as const satisfies Messages;
