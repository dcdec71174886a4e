import type { Messages } from '../../platform/i18n/messages.ts';

export const signedInPageTexts = {
  ifIdle: { lv: '(ja nebūsiet aktīvs)', en: '(if idle)' },
  servicesLink: { lv: 'Uz e-pakalpojumu sarakstu', en: 'To the list of e-services' },
  title: { lv: 'Jūs esat pieteicies', en: 'You are signed in' },
  personalCode: { lv: 'Personas kods', en: 'Personal code' },
  method: { lv: 'Pieteikšanās veids', en: 'Signed in with' },
  sessionEnds: { lv: 'Sesija beigsies', en: 'Session ends' },
} as const satisfies Messages;
