import type { Messages } from '../../platform/i18n/messages.ts';

export const staffSignInPageTexts = {
  intro: {
    lv: 'Pilsonības un migrācijas lietu pārvaldes un Iekšlietu ministrijas Informācijas centra darbiniekiem.',
    en: 'For staff of the Office of Citizenship and Migration Affairs and of the Information Centre of the Ministry of the Interior.',
  },
  title: { lv: 'Darbinieku pieteikšanās', en: 'Staff sign-in' },
} as const satisfies Messages;
