import type { Messages } from '../../platform/i18n/messages.ts';

export const historyPageTexts = {
  runStatus: {
    started: { lv: 'Uzsākts', en: 'Started' },
    in_progress: { lv: 'Izpildē', en: 'In progress' },
    finished: { lv: 'Pabeigts', en: 'Finished' },
    abandoned: { lv: 'Pārtraukts (beidzās laiks)', en: 'Closed by the system (timed out)' },
  },
  noRuns: {
    lv: 'Jūs vēl neesat izmantojis e-pakalpojumus.',
    en: 'You have not used any e-services yet.',
  },
  identificationNumber: { lv: 'Identifikācijas numurs', en: 'Identification number' },
  service: { lv: 'Pakalpojums', en: 'Service' },
  started: { lv: 'Sākts', en: 'Started' },
  finished: { lv: 'Beigts', en: 'Finished' },
  status: { lv: 'Statuss', en: 'Status' },
  yourReports: { lv: 'Jūsu ziņojumi', en: 'Your reports' },
  noReports: { lv: 'Ziņojumu nav.', en: 'No reports.' },
  number: { lv: 'Numurs', en: 'Number' },
  kind: { lv: 'Veids', en: 'Kind' },
  sent: { lv: 'Iesniegts', en: 'Sent' },
  updated: { lv: 'Mainīts', en: 'Updated' },
  /** One run's page, reached from its identification number. */
  run: {
    title: {
      lv: (id: string) => `E-pakalpojums ${id}`,
      en: (id: string) => `E-service ${id}`,
    },
    signedInWith: { lv: 'Autentifikācijas līdzeklis', en: 'Signed in with' },
    termsAccepted: { lv: 'Noteikumiem piekrists', en: 'Terms accepted' },
    reports: { lv: 'Šajā e-pakalpojumā iesniegtie ziņojumi', en: 'Reports made in this e-service' },
  },
  dataUseLink: {
    lv: 'Skatīt, kuras organizācijas saņēma Jūsu datus no Fizisko personu reģistra',
    en: 'See which organisations received your data from the Population Register',
  },
} as const satisfies Messages;
