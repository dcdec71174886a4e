import type { Messages } from '../../platform/i18n/messages.ts';

export const signInMethodsTexts = {
  signInMethods: {
    eid: {
      label: { lv: 'eID karte', en: 'eID card' },
    },
    smartCard: {
      label: { lv: 'e-paraksta viedkarte', en: 'eParaksts smart card' },
    },
    bankSwedbank: {
      label: { lv: 'Swedbank internetbanka', en: 'Swedbank internet bank' },
    },
    bankSeb: {
      label: { lv: 'SEB internetbanka', en: 'SEB internet bank' },
    },
    bankCitadele: {
      label: { lv: 'Citadele internetbanka', en: 'Citadele internet bank' },
    },
    bankLuminor: {
      label: { lv: 'Luminor internetbanka', en: 'Luminor internet bank' },
    },
  },
} as const satisfies Messages;
