import type { Messages } from '../../platform/i18n/messages.ts';
import { formatEuro } from '../../agreements/service.ts';

/** The mails an organisation gets about its prepaid balance, one half per language. */
export const billingMailTexts = {
  depositRecorded: {
    subject: { lv: 'Iemaksa reģistrēta', en: 'Deposit recorded' },
    body: {
      lv: (name: string, amountCents: number, bankReference: string, balanceCents: number) =>
        [
          `${name}: Pilsonības un migrācijas lietu pārvalde ir reģistrējusi jūsu iemaksu ${formatEuro(amountCents, 'lv')} EUR valsts nodevas priekšapmaksai (bankas maksājuma atsauce ${bankReference}).`,
          `Priekšapmaksas atlikums tagad ir ${formatEuro(balanceCents, 'lv')} EUR.`,
        ].join('\n\n'),
      en: (name: string, amountCents: number, bankReference: string, balanceCents: number) =>
        [
          `${name}: the Office of Citizenship and Migration Affairs has recorded your deposit of EUR ${formatEuro(amountCents, 'en')} to the prepaid state fee (bank transfer reference ${bankReference}).`,
          `The prepaid balance is now EUR ${formatEuro(balanceCents, 'en')}.`,
        ].join('\n\n'),
    },
  },
  lowBalance: {
    subject: { lv: 'Zems priekšapmaksas atlikums', en: 'Low prepaid balance' },
    body: {
      lv: (name: string, balanceCents: number, thresholdCents: number) =>
        [
          `${name}: priekšapmaksas atlikums ir ${formatEuro(balanceCents, 'lv')} EUR, mazāk par jūsu noteikto slieksni ${formatEuro(thresholdCents, 'lv')} EUR.`,
          'Lai datu saņemšana netiktu pārtraukta, papildiniet atlikumu ar bankas pārskaitījumu.',
        ].join('\n'),
      en: (name: string, balanceCents: number, thresholdCents: number) =>
        [
          `${name}: the prepaid balance is EUR ${formatEuro(balanceCents, 'en')}, below the threshold of EUR ${formatEuro(thresholdCents, 'en')} you set.`,
          'Top it up by bank transfer so that receiving data is not interrupted.',
        ].join('\n'),
    },
  },
} as const satisfies Messages;
