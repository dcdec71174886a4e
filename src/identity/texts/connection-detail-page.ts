import type { Messages } from '../../platform/i18n/messages.ts';

export const connectionDetailPageTexts = {
  registeredTitle: { lv: 'Savienojums pieteikts', en: 'Connection registered' },
  registeredNext: {
    lv: 'PMLP pārbaudīs un aktivizēs savienojumu; par to nosūtīsim e-pastu organizācijai.',
    en: 'PMLP will check and activate the connection; we will e-mail the organisation.',
  },
  keysIntro: {
    lv: 'Jauna atslēga darbojas uzreiz līdzās vecajai; atsauciet veco, kad sistēma pāriet uz jauno.',
    en: 'A new key works at once beside the old one; retire the old one once the system uses the new.',
  },
  retire: { lv: 'Atsaukt', en: 'Retire' },
  webhookHeading: { lv: 'Webhook', en: 'Webhook' },
  webhookLink: {
    lv: 'Izmaiņu paziņojumi uz jūsu HTTPS adresi (webhook)',
    en: 'Change notifications to your HTTPS address (webhook)',
  },
  addKeyHeading: { lv: 'Pievienot atslēgu', en: 'Add a key' },
  addKey: { lv: 'Pievienot atslēgu', en: 'Add the key' },
} as const satisfies Messages;
