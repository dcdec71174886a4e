import type { Messages } from '../../platform/i18n/messages.ts';

export const resultPageTexts = {
  title: { lv: 'Informācija par Jums BDAS', en: 'Information about you in BDAS' },
  signedInWith: { lv: 'Autentifikācijas veids', en: 'Signed in with' },
  methodNames: {
    eid: { lv: 'eID karte', en: 'eID card' },
    smart_card: { lv: 'e-paraksta viedkarte', en: 'e-signature smart card' },
    bank_swedbank: { lv: 'Swedbank internetbanka', en: 'Swedbank internet bank' },
    bank_seb: { lv: 'SEB internetbanka', en: 'SEB internet bank' },
    bank_citadele: { lv: 'Citadele internetbanka', en: 'Citadele internet bank' },
    bank_luminor: { lv: 'Luminor internetbanka', en: 'Luminor internet bank' },
  },
} as const satisfies Messages;
