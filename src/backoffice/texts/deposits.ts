import type { Messages } from '../../platform/i18n/messages.ts';

/** Recording an organisation's bank transfer: the form, the check, and the confirmation. */
export const depositTexts = {
  title: { lv: 'Iemaksas', en: 'Deposits' },
  /** The form's fields, also the headings where their values are shown again. */
  labels: {
    registracijas_nr: {
      lv: 'Organizācijas reģistrācijas numurs',
      en: 'Organisation’s register number',
    },
    summa: { lv: 'Summa, EUR', en: 'Amount, EUR' },
    atsauce: { lv: 'Bankas maksājuma atsauce', en: 'Bank transfer reference' },
  },
  formPage: {
    lead: {
      lv: 'Reģistrējiet organizācijas bankas pārskaitījumu valsts nodevas priekšapmaksai, kad nauda ir saņemta. Organizācija saņems e-pastu.',
      en: 'Record an organisation’s bank transfer to the prepaid state fee once the money has arrived. The organisation is sent an e-mail.',
    },
    registrationNumberHint: {
      lv: '11 cipari, piemēram, 40003032949',
      en: '11 digits, for example 40003032949',
    },
    amountHint: { lv: 'Piemēram, 150,00', en: 'For example, 150.00' },
    referenceHint: {
      lv: 'Kā bankas izrakstā; vienu pārskaitījumu var reģistrēt tikai vienreiz.',
      en: 'As on the bank statement; one transfer can be recorded only once.',
    },
    continue: { lv: 'Turpināt', en: 'Continue' },
    latest: {
      heading: { lv: 'Pēdējās iemaksas', en: 'Latest deposits' },
      none: { lv: 'Iemaksu vēl nav.', en: 'There are no deposits yet.' },
      caption: { lv: 'Pēdējās iemaksas, jaunākās vispirms', en: 'Latest deposits, newest first' },
      registrationNumber: { lv: 'Reģistrācijas numurs', en: 'Register number' },
    },
  },
  checkPage: {
    title: {
      lv: 'Pārbaudiet iemaksu pirms reģistrēšanas',
      en: 'Check the deposit before recording it',
    },
    registrationNumber: { lv: 'Reģ. nr. ', en: 'Reg. no. ' },
    final: {
      lv: 'Reģistrētu iemaksu nevar mainīt vai dzēst. Organizācijai nosūtīsim e-pastu par iemaksu.',
      en: 'A recorded deposit cannot be changed or deleted. The organisation is sent an e-mail about it.',
    },
    record: { lv: 'Reģistrēt iemaksu', en: 'Record the deposit' },
    change: { lv: 'Mainīt', en: 'Change' },
  },
  recordedPage: {
    title: { lv: 'Iemaksa reģistrēta', en: 'Deposit recorded' },
    recorded: { lv: 'Reģistrēta', en: 'Recorded' },
    balanceNow: { lv: 'Atlikums tagad', en: 'Balance now' },
    mailed: {
      lv: 'Organizācijai ir nosūtīts e-pasts par iemaksu.',
      en: 'The organisation has been sent an e-mail about the deposit.',
    },
    another: { lv: 'Reģistrēt vēl vienu iemaksu', en: 'Record another deposit' },
    organisationPage: { lv: 'Organizācijas lapa', en: 'The organisation’s page' },
  },
} as const satisfies Messages;
