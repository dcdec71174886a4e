import type { Messages } from '../../platform/i18n/messages.ts';
import { euro } from '../views/ledger-texts.ts';

/** The organisation's prepaid balance page: the summary, how to pay, the statement, the threshold. */
export const ledgerBalancePageTexts = {
  thresholdSaved: {
    lv: 'Paziņojumu slieksnis ir saglabāts.',
    en: 'The notice threshold is saved.',
  },
  thresholdCleared: {
    lv: 'Paziņojumi par zemu atlikumu ir izslēgti.',
    en: 'Low-balance notices are turned off.',
  },
  exempt: {
    heading: {
      lv: 'Jūsu organizācija ir atbrīvota no valsts nodevas.',
      en: 'Your organisation is exempt from the state fee.',
    },
    explanation: {
      lv: 'Valsts un pašvaldību iestādes (publisko tiesību juridiskās personas) sadarbojas bez maksas: par datu saņemšanu jums nekas nav jāmaksā, un priekšapmaksa nav vajadzīga.',
      en: 'State and municipal bodies (public-law legal persons) cooperate free of charge: you pay nothing for receiving data, and no prepayment is needed.',
    },
  },
  summary: {
    balanceNow: { lv: 'Atlikums šobrīd', en: 'Balance now' },
    enoughFor: { lv: 'Pietiek datiem par', en: 'Enough for data on' },
    persons: {
      lv: (persons: number) => `${persons} personām`,
      en: (persons: number) => `${persons} persons`,
    },
    registrationNumber: { lv: 'Reģistrācijas numurs', en: 'Register number' },
  },
  howToPay: {
    heading: { lv: 'Kā papildināt atlikumu', en: 'How to top up the balance' },
    stateFee: {
      lv: (feeCents: number) =>
        `Valsts nodeva ir ${euro(feeCents, 'lv')} par katru personu, par kuru saņemat datus, un tā tiek samaksāta no priekšapmaksas atlikuma pirms datu saņemšanas.`,
      en: (feeCents: number) =>
        `The state fee is ${euro(feeCents, 'en')} for each person whose data you receive, and it is paid from the prepaid balance before the data is received.`,
    },
    transfer: {
      lv: 'Pārskaitiet naudu ar bankas pārskaitījumu uz šiem rekvizītiem; maksājuma mērķī norādiet organizācijas reģistrācijas numuru un vārdus „valsts nodeva, priekšapmaksa”, kā parādīts:',
      en: 'Pay by bank transfer to these details; in the payment reference give the organisation’s register number and the Latvian words “valsts nodeva, priekšapmaksa” (state fee, prepayment), as shown:',
    },
    recorded: {
      lv: 'PMLP reģistrē iemaksu, kad nauda ir saņemta; tad tā parādās šeit, un mēs jums nosūtām e-pastu.',
      en: 'PMLP records the deposit when the money has arrived; then it shows here and we send you an e-mail.',
    },
  },
  statement: {
    heading: { lv: 'Konta izraksts', en: 'Statement' },
    noneOnPage: { lv: 'Šajā lapā ierakstu nav.', en: 'There are no records on this page.' },
    none: { lv: 'Iemaksu un maksājumu vēl nav.', en: 'There are no deposits or charges yet.' },
    caption: {
      lv: (page: number) => `Iemaksas un valsts nodevas, jaunākās vispirms, lapa ${page}`,
      en: (page: number) => `Deposits and state fees, newest first, page ${page}`,
    },
    time: { lv: 'Laiks', en: 'Time' },
    kind: { lv: 'Veids', en: 'Kind' },
    reference: {
      lv: 'Atsauce (bankas maksājums vai pieprasījums)',
      en: 'Reference (bank transfer or request)',
    },
    amount: { lv: 'Summa, EUR', en: 'Amount, EUR' },
    balanceAfter: { lv: 'Atlikums pēc, EUR', en: 'Balance after, EUR' },
    pages: { lv: 'Izraksta lapas', en: 'Statement pages' },
    newer: { lv: 'Jaunāki ieraksti', en: 'Newer records' },
    older: { lv: 'Vecāki ieraksti', en: 'Older records' },
  },
  threshold: {
    heading: { lv: 'Paziņojums par zemu atlikumu', en: 'Low-balance notice' },
    label: {
      lv: 'Sūtīt e-pastu, kad atlikums kļūst mazāks par (EUR)',
      en: 'Send an e-mail when the balance drops below (EUR)',
    },
    hint: {
      lv: 'Piemēram, 50,00. Atstājiet tukšu, ja paziņojumi nav vajadzīgi. E-pastu sūtām ne biežāk kā reizi dienā.',
      en: 'For example, 50.00. Leave empty for no notices. We send at most one e-mail a day.',
    },
    save: { lv: 'Saglabāt slieksni', en: 'Save the threshold' },
  },
} as const satisfies Messages;
