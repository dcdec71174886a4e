import type { Messages } from '../../platform/i18n/messages.ts';

/** The section of the resident's "Kas izmantoja manus datus" on who monitors them. */
export const personMonitoringTexts = {
  heading: { lv: 'Kas seko izmaiņām manos datos', en: 'Who follows changes to my data' },
  intro: {
    lv: 'Šīs organizācijas saņem paziņojumus, kad mainās jūsu dati, ko tām piešķir līgums (monitorings). Paši dati tām tiek izsniegti tikai ar atsevišķu pieprasījumu, kas redzams augstāk.',
    en: 'These organisations are told when your data that their agreement grants change (monitoring). The data themselves reach them only by a separate request, shown above.',
  },
  none: {
    lv: 'Neviena organizācija nemonitorē jūsu datus.',
    en: 'No organisation monitors your data.',
  },
  caption: {
    lv: 'Organizācijas, kas monitorē jūsu datus',
    en: 'Organisations monitoring your data',
  },
  organisation: { lv: 'Organizācija', en: 'Organisation' },
  purpose: { lv: 'Mērķis', en: 'Purpose' },
  from: { lv: 'No', en: 'From' },
  until: { lv: 'Līdz', en: 'Until' },
  ongoing: { lv: 'turpinās', en: 'ongoing' },
} as const satisfies Messages;
