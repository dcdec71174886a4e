import type { Messages } from '../i18n/messages.ts';

/** The texts of the pages' frame (header, session bar, footer), shared form parts and error page. */
export const platformTexts = {
  layout: {
    serviceName: { lv: 'Reģistru vārteja', en: 'Register Gateway' },
    skipLink: { lv: 'Pāriet uz galveno saturu', en: 'Skip to main content' },
    languageNav: { lv: 'Valoda', en: 'Language' },
    /** Each language's name in itself: the switch offers the other language by its own name. */
    languageName: { lv: 'Latviešu', en: 'English' },
    footer: {
      lv: 'Pilsonības un migrācijas lietu pārvalde · Iekšlietu ministrijas Informācijas centrs',
      en: 'Office of Citizenship and Migration Affairs · Information Centre of the Ministry of the Interior',
    },
  },
  /** `{time}` is filled in by the page, and again by the script when the session is extended. */
  session: {
    signedInAs: { lv: 'Pieteicies:', en: 'Signed in as' },
    ends: {
      lv: 'Sesija beigsies {time}, ja nebūsiet aktīvs.',
      en: 'Your session ends at {time} if idle.',
    },
    warning: {
      lv: 'Jūsu sesija drīz beigsies ({time}), jo neesat bijis aktīvs.',
      en: 'Your session will end soon ({time}) because you have been idle.',
    },
    continue: { lv: 'Turpināt darbu', en: 'Continue' },
    expired: {
      lv: 'Sesija ir beigusies. Lai turpinātu, piesakieties vēlreiz.',
      en: 'Your session has ended. Sign in again to continue.',
    },
    signOut: { lv: 'Iziet', en: 'Sign out' },
  },
  forms: {
    errorSummary: { lv: 'Lūdzu, izlabojiet kļūdas', en: 'There is a problem' },
  },
  /** Whom organisations pay, wherever money is asked for. */
  /** The test data set's well-known persons, as the API documentation and a test connection list them. */
  testPersons: {
    code: { lv: 'Personas kods', en: 'Personal code' },
    name: { lv: 'Vārds, uzvārds', en: 'Name' },
    tryWith: { lv: 'Ko var pārbaudīt', en: 'Good for trying' },
  },
  payee: {
    caption: { lv: 'Maksājuma rekvizīti', en: 'Payment details' },
    name: { lv: 'Saņēmējs', en: 'Payee' },
    registrationNumber: { lv: 'Reģistrācijas numurs', en: 'Registration number' },
    iban: { lv: 'Konts (IBAN)', en: 'Account (IBAN)' },
    bic: { lv: 'Bankas kods (BIC)', en: 'Bank code (BIC)' },
    reference: { lv: 'Maksājuma mērķis', en: 'Payment reference' },
    example: { lv: 'Paraugs', en: 'Example' },
    exampleNote: {
      lv: 'Šie ir izstrādes vides parauga rekvizīti, nevis īsts konts: nemaksājiet uz tiem.',
      en: 'These are the development environment’s example details, not a real account: do not pay to them.',
    },
  },
  errorPage: {
    title: { lv: 'Kļūda', en: 'Error' },
    code: { lv: 'Kļūdas kods', en: 'Error code' },
    requestNumber: { lv: 'pieprasījuma numurs', en: 'request number' },
    home: { lv: 'Uz sākumlapu', en: 'To the home page' },
    startAgain: { lv: 'Sākt no jauna', en: 'Start again' },
  },
  /** The development mailbox, where mail stays when no SMTP server is set. */
  mailbox: {
    title: { lv: 'Izstrādes pastkaste', en: 'Development mailbox' },
    notSent: {
      lv: 'Šīs vēstules netika nosūtītas: bez SMTP_URL pasts paliek šeit. Lapa ir tikai izstrādes un testa režīmā.',
      en: 'These messages were not sent: without SMTP_URL mail stays here. This page exists in development and test mode only.',
    },
    none: { lv: 'Vēstuļu nav.', en: 'No messages.' },
    newestFirst: { lv: 'Jaunākās vēstules vispirms', en: 'Newest messages first' },
    time: { lv: 'Laiks', en: 'Time' },
    to: { lv: 'Kam', en: 'To' },
    subject: { lv: 'Temats', en: 'Subject' },
    reference: { lv: 'Atsauce', en: 'Reference' },
    text: { lv: 'Teksts', en: 'Text' },
    html: { lv: 'HTML daļa (pirmkods)', en: 'HTML part (source)' },
    attachments: { lv: 'Pielikumi', en: 'Attachments' },
    noAttachments: { lv: '—', en: '—' },
    size: {
      lv: (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`,
      en: (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`,
    },
  },
} as const satisfies Messages;
