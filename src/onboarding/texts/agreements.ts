import { datePhrases } from '../../platform/time/dates.ts';
import type { Messages } from '../../platform/i18n/messages.ts';
import { sharedTexts } from './shared.ts';

/** The agreement pages both sides see: the terms, fees, versions, comments and negotiation. */
export const agreementTexts = {
  status: {
    negotiating: { lv: 'Saskaņošanā', en: 'Under negotiation' },
    concluded: { lv: 'Noslēgts', en: 'Concluded' },
    superseded: { lv: 'Aizstāts ar grozījumiem', en: 'Superseded by an amendment' },
    terminated: { lv: 'Izbeigts', en: 'Terminated' },
  },
  side: {
    organisation: sharedTexts.organisation,
    pmlp: { lv: 'PMLP', en: 'PMLP' },
  },
  /** The environments as the Latvian agreement text and the terms table name them. */
  environment: {
    test: { lv: 'testa vide', en: 'test environment' },
    production: { lv: 'produkcijas vide', en: 'production environment' },
  },
  /** Short confirmations after a step, by the `pazinojums` the redirect carries. */
  notice: {
    sagatavots: {
      lv: 'Līguma projekts ir sagatavots, un organizācijai ir nosūtīts paziņojums.',
      en: 'The draft agreement is ready, and the organisation has been told.',
    },
    versija: {
      lv: 'Jaunā versija ir saglabāta, un otrai pusei ir nosūtīts paziņojums.',
      en: 'The new version is saved, and the other side has been told.',
    },
    komentars: { lv: 'Komentārs ir pievienots.', en: 'The comment is added.' },
    apstiprinats: {
      lv: 'Jūs apstiprinājāt versiju. Gaidām otras puses apstiprinājumu.',
      en: 'You approved the version. Waiting for the other side.',
    },
    noslegts: { lv: 'Līgums ir noslēgts.', en: 'The agreement is concluded.' },
    grozijumi: {
      lv: 'Grozījumi ir sākti: otrai pusei ir nosūtīts paziņojums.',
      en: 'The amendment is started: the other side has been told.',
    },
    izbeigts: { lv: 'Līgums ir izbeigts.', en: 'The agreement is terminated.' },
  },
  terms: {
    registrationNumber: { lv: 'reģ. Nr.', en: 'reg. No.' },
    valid: { lv: 'Spēkā', en: 'Valid' },
    validFrom: {
      lv: (day: string) => datePhrases.from(day, 'lv'),
      en: (day: string) => datePhrases.from(day, 'en'),
    },
    validIndefinitely: { lv: ', uz nenoteiktu laiku', en: ', for an indefinite period' },
    validUntil: {
      lv: (day: string) => ` ${datePhrases.until(day, 'lv')}`,
      en: (day: string) => ` ${datePhrases.until(day, 'en')}`,
    },
    environments: sharedTexts.environments,
    pdpUsers: sharedTexts.pdpUsers,
    systemConnections: { lv: 'Sistēmu savienojumi', en: 'System connections' },
    monitoringPersons: {
      lv: (n: number) => `līdz ${n} personām`,
      en: (n: number) => `up to ${n} persons`,
    },
    monitoringNone: { lv: 'nav', en: 'none' },
    usersAddedBy: { lv: 'Lietotājus pievieno', en: 'Browser users are added by' },
    usersByResponsible: {
      lv: 'atbildīgais lietotājs pats, bez PMLP saskaņojuma',
      en: 'the responsible user, without PMLP approval',
    },
    usersWithApproval: { lv: 'ar PMLP saskaņojumu', en: 'with PMLP approval' },
    criteriaSearch: {
      lv: 'Meklēšana pēc vārda, uzvārda un dzimšanas datuma',
      en: 'Search by name and birth date',
    },
    criteriaAllowed: { lv: 'atļauta', en: 'allowed' },
    criteriaNotAllowed: { lv: 'nav atļauta', en: 'not allowed' },
    amends: { lv: 'Groza līgumu', en: 'Amends' },
    accessEnds: { lv: 'Piekļuve beidzas', en: 'Access ends' },
  },
  /** Words several parts of the agreement pages share. */
  shared: {
    status: sharedTexts.status,
    monitoring: { lv: 'Monitorings', en: 'Monitoring' },
    amendment: { lv: 'Grozījumi', en: 'Amendment' },
    version: { lv: 'Versija', en: 'Version' },
    compare: { lv: 'Salīdzināt', en: 'Compare' },
    grantedScopes: { lv: 'Piešķirtie datu apjomi', en: 'Granted data scopes' },
  },
  /** "3. versija" after a number, in the terms table and the versions table. */
  /** "2. versija" / "version 2": the number stands before the word in Latvian only. */
  versionNumber: {
    lv: (version: number) => `${version}. versija`,
    en: (version: number) => `version ${version}`,
  },
  grants: {
    scope: sharedTexts.dataScope,
    legalBasis: sharedTexts.legalBasis,
    purpose: sharedTexts.purpose,
  },
  fees: {
    caption: {
      lv: (day: string) => `Maksa mēnesī pēc cenrāža, kas ir spēkā ${datePhrases.on(day, 'lv')}`,
      en: (day: string) => `Monthly fees by the price list in force ${datePhrases.on(day, 'en')}`,
    },
    environment: { lv: 'Vide', en: 'Environment' },
    users: { lv: 'Lietotāji', en: 'Users' },
    subscription: { lv: 'Abonēšanas maksa', en: 'Subscription' },
    total: { lv: 'Kopā', en: 'Total' },
    listTotal: { lv: 'Kopā mēnesī pēc cenrāža', en: 'Total a month by the price list' },
    payable: { lv: 'Maksājams mēnesī', en: 'Payable a month' },
    exempt: {
      lv: 'Organizācija ir atbrīvota no maksas: cenrāža cenas parādītas informācijai; valsts nodeva netiek piemērota.',
      en: 'The organisation is exempt from fees: the list prices are shown for information; no state fee applies.',
    },
    priceList: {
      heading: { lv: 'Cenrādis, pēc kura aprēķināta maksa', en: 'The price list the fees follow' },
      tariff: { lv: 'Tarifs', en: 'Tariff' },
      price: { lv: 'Cena', en: 'Price' },
      source: { lv: 'Avots', en: 'Source' },
      sourceText: {
        lv: (source: string, validFrom: string) =>
          `${source}; cena spēkā ${datePhrases.from(validFrom, 'lv')}`,
        en: (source: string, validFrom: string) =>
          `${source}; price in force ${datePhrases.from(validFrom, 'en')}`,
      },
    },
    stateFee: {
      lv: (fee: string) =>
        `Valsts nodeva: ${fee} par katru personu, maksājama pirms datu saņemšanas.`,
      en: (fee: string) => `State fee: ${fee} per person, paid before the data is received.`,
    },
  },
  versions: {
    caption: { lv: 'Līguma versijas', en: 'Versions of the agreement' },
    writtenBy: { lv: 'Rakstīja', en: 'Written by' },
    time: { lv: 'Laiks', en: 'Time' },
    approvedBy: { lv: 'Apstiprināja', en: 'Approved by' },
    compareLink: {
      lv: (from: number, to: number) => `${from}. ar ${to}. versiju`,
      en: (from: number, to: number) => `version ${from} with ${to}`,
    },
  },
  comments: {
    none: { lv: 'Komentāru nav.', en: 'No comments.' },
    onVersion: { lv: 'versijai', en: 'on version' },
  },
  diff: {
    added: { lv: '[pievienots: ', en: '[added: ' },
    removed: { lv: '[dzēsts: ', en: '[removed: ' },
  },
  page: {
    /** What to write in the payment details of the monthly fees. */
    invoiceReference: { lv: 'Rēķina numurs', en: 'The invoice number' },
    title: {
      lv: (reference: string) => `Līgums ${reference}`,
      en: (reference: string) => `Agreement ${reference}`,
    },
    allAgreements: { lv: 'Visi līgumi', en: 'All agreements' },
    feesHeading: { lv: 'Maksa', en: 'Fees' },
    textHeading: {
      lv: (version: number) => `Līguma teksts (${version}. versija)`,
      en: (version: number) => `Text of the agreement (version ${version})`,
    },
    concludedTextHeading: {
      lv: (version: number) => `Noslēgtais teksts (${version}. versija)`,
      en: (version: number) => `Concluded text (version ${version})`,
    },
    textLabel: { lv: 'Līguma teksts', en: 'Agreement text' },
    nextVersionHeading: { lv: 'Rakstīt nākamo versiju', en: 'Write the next version' },
    nextVersionLabel: {
      lv: (version: number) => `${version}. versijas teksts`,
      en: (version: number) => `Text of version ${version}`,
    },
    nextVersionHint: {
      lv: 'Labojiet tekstu; pēc saglabāšanas otra puse to var apstiprināt vai labot.',
      en: 'Edit the text; once saved, the other side may approve or edit it.',
    },
    saveVersion: { lv: 'Saglabāt jaunu versiju', en: 'Save a new version' },
    notYourTurn: {
      lv: 'Pēdējo versiju rakstījāt jūs: nākamo versiju raksta otra puse. Jūs varat to apstiprināt vai komentēt.',
      en: 'You wrote the latest version: the other side writes the next one. You may approve or comment on it.',
    },
    versionsHeading: { lv: 'Versijas', en: 'Versions' },
    commentsHeading: { lv: 'Komentāri', en: 'Comments' },
    addCommentHeading: { lv: 'Pievienot komentāru', en: 'Add a comment' },
    commentVersionOption: {
      lv: (version: number) => `${version}. versija`,
      en: (version: number) => `Version ${version}`,
    },
    comment: { lv: 'Komentārs', en: 'Comment' },
    commentHint: {
      lv: 'Otra puse saņems paziņojumu e-pastā.',
      en: 'The other side is told by e-mail.',
    },
    addComment: { lv: 'Pievienot komentāru', en: 'Add the comment' },
    amendmentExplained: {
      lv: 'Grozījumi ir jauns līgums ar šī līguma tekstu kā 1. versiju; kad tas tiek noslēgts, tas aizstāj šo līgumu.',
      en: 'An amendment is a new agreement with this text as version 1; once concluded it replaces this agreement.',
    },
    startAmendment: { lv: 'Sākt grozījumus', en: 'Start an amendment' },
  },
  negotiation: {
    heading: { lv: 'Saskaņošana', en: 'Negotiation' },
    latest: {
      lv: (version: number, side: string, author: string, time: string) =>
        `Pēdējā ir ${version}. versija (${side}: ${author}, ${time}).`,
      en: (version: number, side: string, author: string, time: string) =>
        `The latest is version ${version} (${side}: ${author}, ${time}).`,
    },
    otherApproved: { lv: 'Otra puse to ir apstiprinājusi.', en: 'The other side has approved it.' },
    otherNotApproved: {
      lv: 'Otra puse to vēl nav apstiprinājusi.',
      en: 'The other side has not approved it yet.',
    },
    youApproved: {
      lv: 'Jūs šo versiju esat apstiprinājuši. Līgums tiks noslēgts, kad to apstiprinās otra puse.',
      en: 'You have approved this version. The agreement is concluded when the other side approves it.',
    },
    checkFees: {
      lv: 'Pirms apstiprināšanas pārbaudiet maksu mēnesī un valsts nodevu (skatīt “Maksa”).',
      en: 'Before approving, check the monthly fees and the state fee (see “Fees”).',
    },
    approve: {
      lv: (version: number) => `Apstiprināt ${version}. versiju`,
      en: (version: number) => `Approve version ${version}`,
    },
  },
  /** Links back from a version or a comparison to the agreement. */
  backToAgreement: { lv: 'Atpakaļ uz līgumu', en: 'Back to the agreement' },
  diffPage: {
    title: {
      lv: (reference: string, from: number, to: number) =>
        `${reference}: ${from}. un ${to}. versijas salīdzinājums`,
      en: (reference: string, from: number, to: number) =>
        `${reference}: version ${from} compared with ${to}`,
    },
    from: { lv: 'No versijas', en: 'From version' },
    to: { lv: 'Līdz versijai', en: 'To version' },
    hint: {
      lv: 'Pievienotais teksts ir iekrāsots zaļš un pasvītrots, dzēstais — sarkans un pārsvītrots.',
      en: 'Added text is green and underlined, removed text red and struck through.',
    },
    noDifference: { lv: 'Versijas neatšķiras.', en: 'The versions do not differ.' },
    changes: { lv: 'Izmaiņas', en: 'Changes' },
  },
  versionPage: {
    title: {
      lv: (reference: string, version: number) => `${reference}: ${version}. versija`,
      en: (reference: string, version: number) => `${reference}: version ${version}`,
    },
    compareWithPrevious: {
      lv: (version: number) => `Salīdzināt ar ${version}. versiju`,
      en: (version: number) => `Compare with version ${version}`,
    },
    textLabel: { lv: 'Versijas teksts', en: 'Text of the version' },
    commentsHeading: { lv: 'Komentāri šai versijai', en: 'Comments on this version' },
  },
  listPage: {
    title: { lv: 'Līgumi', en: 'Agreements' },
    none: {
      lv: 'Līgumu vēl nav. Līgumu PMLP sagatavo pēc tam, kad pieprasījums ir izlemts.',
      en: 'No agreements yet. PMLP drafts an agreement once a request is decided.',
    },
    number: sharedTexts.number,
    validFrom: { lv: 'Spēkā no', en: 'Valid from' },
    validUntil: { lv: 'Spēkā līdz', en: 'Valid until' },
  },
} as const satisfies Messages;
