import type { Messages } from '../../platform/i18n/messages.ts';

export const interactionPageTexts = {
  intro: {
    lv: 'Šī lapa izstrādē un testos aizstāj valsts portāla pieteikšanos: izvēlieties, ar ko pieteikties un kā kura persona. Ražošanā tās nav.',
    en: 'In development and tests this page stands in for the state portal’s sign-in: choose how to sign in and as whom. It does not exist in production.',
  },
  signInMethod: { lv: 'Pieteikšanās veids', en: 'Sign-in method' },
  testPerson: { lv: 'Testa persona', en: 'Test person' },
  personalCodeLabel: {
    lv: 'Vai ierakstiet jebkuras personas kodu',
    en: 'Or type the personal code of anyone',
  },
  personalCodeHint: {
    lv: 'Ierakstītais kods ir noteicošais. Piemēram, 010101-10006.',
    en: 'A typed code wins over the choice above. For example, 010101-10006.',
  },
  cancel: { lv: 'Atcelt', en: 'Cancel' },
  title: { lv: 'Pieteikšanās', en: 'Sign in' },
} as const satisfies Messages;
