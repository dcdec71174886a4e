import type { Messages } from '../../platform/i18n/messages.ts';

/** The notice an organisation gets when one of its webhook endpoints is disabled. */
export const webhookMailTexts = {
  subject: { lv: 'Webhook adrese atslēgta', en: 'Webhook address disabled' },
  connection: {
    lv: (name: string, clientId: string) => `Savienojums “${name}” (${clientId})`,
    en: (name: string, clientId: string) => `Connection “${name}” (${clientId})`,
  },
  gone: {
    lv: (url: string) =>
      `Adrese ${url} atbildēja “410 Gone”, tāpēc izmaiņu paziņojumus uz to vairs nesūtām.`,
    en: (url: string) =>
      `The address ${url} answered “410 Gone”, so change notifications are no longer sent to it.`,
  },
  failing: {
    lv: (url: string) =>
      `Adrese ${url} piecas dienas nav pieņēmusi izmaiņu paziņojumus, tāpēc tos vairs nesūtām.`,
    en: (url: string) =>
      `The address ${url} has not accepted change notifications for five days, so they are no longer sent to it.`,
  },
  next: {
    lv: 'Neviens notikums nav zudis: kad adrese atkal darbojas, ieslēdziet to lapā, un sūtīšana turpināsies no pirmā nepiegādātā notikuma.',
    en: 'No event is lost: when the address works again, re-enable it on the page, and delivery resumes from the first event not delivered.',
  },
} as const satisfies Messages;
