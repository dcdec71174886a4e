import { datePhrases } from '../../platform/time/dates.ts';
import type { Messages } from '../../platform/i18n/messages.ts';

/** The staff's price list: prices now, scheduled and past, and the form for a new price. */
export const tariffsPageTexts = {
  title: { lv: 'Tarifi', en: 'Tariffs' },
  saved: { lv: 'Jaunā cena ir saglabāta.', en: 'The new price is saved.' },
  table: {
    caption: {
      lv: (today: string) => `Cenas ${datePhrases.on(today, 'lv')}`,
      en: (today: string) => `Prices ${datePhrases.on(today, 'en')}`,
    },
    tariff: { lv: 'Tarifs', en: 'Tariff' },
    priceToday: { lv: 'Cena šodien, EUR', en: 'Price today, EUR' },
    appliesFrom: { lv: 'Spēkā no', en: 'Applies from' },
    scheduled: { lv: 'Plānotās izmaiņas', en: 'Scheduled changes' },
    history: { lv: 'Vēsture', en: 'History' },
    /** One dated price in the scheduled changes or the history. */
    priceFrom: {
      lv: (validFrom: string, amount: string, reason: string) =>
        `${datePhrases.from(validFrom, 'lv')}: EUR ${amount} (${reason})`,
      en: (validFrom: string, amount: string, reason: string) =>
        `${datePhrases.from(validFrom, 'en')}: EUR ${amount} (${reason})`,
    },
  },
  form: {
    heading: { lv: 'Noteikt jaunu cenu', en: 'Set a new price' },
    choose: { lv: 'Izvēlieties', en: 'Choose' },
    amount: { lv: 'Cena, EUR (ar PVN)', en: 'Price, EUR (VAT included)' },
    amountHint: { lv: 'Piemēram, 245,12', en: 'For example, 245.12' },
    validFromHint: { lv: 'Šodiena vai vēlāks datums', en: 'Today or a later date' },
    reason: { lv: 'Pamatojums', en: 'Reason' },
    reasonHint: {
      lv: 'Piemēram, normatīvais akts un punkts',
      en: 'For example, the regulation and point',
    },
    save: { lv: 'Saglabāt cenu', en: 'Save the price' },
  },
} as const satisfies Messages;
