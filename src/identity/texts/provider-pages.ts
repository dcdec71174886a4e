import type { Messages } from '../../platform/i18n/messages.ts';

/** The development identity provider's own pages: signing out, signed out, and its errors. */
export const providerPagesTexts = {
  providerName: { lv: 'Izstrādes identitātes nodrošinātājs', en: 'Development identity provider' },
  logout: {
    title: { lv: 'Iziet no identitātes nodrošinātāja?', en: 'Sign out of the provider?' },
    question: {
      lv: 'Jūs izgājāt no Reģistru vārtejas. Vai iziet arī no identitātes nodrošinātāja?',
      en: 'You have signed out of Register Gateway. Sign out of the identity provider too?',
    },
    yes: { lv: 'Jā, iziet', en: 'Yes, sign out' },
    no: { lv: 'Nē, palikt pieteiktam', en: 'No, stay signed in' },
  },
  signedOut: {
    title: { lv: 'Jūs esat izgājis', en: 'You have signed out' },
  },
  error: {
    title: {
      lv: 'Identitātes nodrošinātājs atteica pieprasījumu',
      en: 'The identity provider refused the request',
    },
  },
  toTheHomePage: { lv: 'Uz sākumlapu', en: 'To the home page' },
} as const satisfies Messages;
