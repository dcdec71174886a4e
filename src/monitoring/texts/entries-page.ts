import type { Messages } from '../../platform/i18n/messages.ts';

/** The organisation's "Monitorēšana" page, the staff's view of a list, and the CSV's header. */
export const entriesPageTexts = {
  title: { lv: 'Monitorēšana', en: 'Monitoring' },
  environment: {
    production: { lv: 'Produkcijas vide', en: 'Production environment' },
    test: { lv: 'Testa vide', en: 'Test environment' },
    switchLabel: { lv: 'Vide', en: 'Environment' },
  },
  intro: {
    lv: 'Par monitorētajām personām organizācija saņem paziņojumus par izmaiņām līgumā piešķirtajos datos.',
    en: 'For the persons it monitors, the organisation is told of changes to the data its agreement grants.',
  },
  counts: {
    lv: (monitored: number, limit: number) =>
      `Monitorē ${monitored} no ${limit} līgumā atļautajām personām.`,
    en: (monitored: number, limit: number) =>
      `Monitoring ${monitored} of the ${limit} persons the agreement allows.`,
  },
  noMonitoring: {
    lv: (monitored: number) =>
      `Spēkā esošais līgums šajā vidē neietver monitoringu; monitorētas personas: ${monitored}.`,
    en: (monitored: number) =>
      `The agreement in force does not include monitoring in this environment; persons monitored: ${monitored}.`,
  },
  notice: {
    added: {
      lv: (added: number, already: number) =>
        `Pievienotas ${added} personas; jau monitorētas bija ${already}.`,
      en: (added: number, already: number) =>
        `${added} persons added; ${already} were monitored already.`,
    },
    ended: { lv: 'Personas monitorēšana beigta.', en: 'Monitoring of the person ended.' },
  },
  add: {
    heading: { lv: 'Pievienot personu', en: 'Add a person' },
    personalCode: { lv: 'Personas kods', en: 'Personal code' },
    personalCodeHint: {
      lv: 'Vecajā vai jaunajā formātā, ar vai bez defises',
      en: 'Old or new format, with or without the hyphen',
    },
    reference: { lv: 'Jūsu atsauce (nav obligāta)', en: 'Your reference (optional)' },
    referenceHint: {
      lv: 'Piemēram, klienta numurs; tiek norādīta katrā paziņojumā',
      en: 'A customer number, say; repeated in every notice',
    },
    purpose: { lv: 'Mērķis', en: 'Purpose' },
    submit: { lv: 'Pievienot', en: 'Add' },
  },
  upload: {
    heading: { lv: 'Augšupielādēt datni', en: 'Upload a file' },
    file: { lv: 'Datne ar personas kodiem', en: 'File of personal codes' },
    hint: {
      lv: (lines: number) =>
        `Teksta datne (UTF-8), līdz 2 MB un ${lines} rindām: rindā viens personas kods, aiz semikola, komata vai tabulācijas var būt jūsu atsauce. Ja kāda rinda ir kļūdaina, nekas netiek mainīts.`,
      en: (lines: number) =>
        `A text file (UTF-8), up to 2 MB and ${lines} lines: one personal code a line, optionally followed by your reference after a semicolon, comma or tab. If any line is wrong, nothing changes.`,
    },
    submit: { lv: 'Augšupielādēt', en: 'Upload' },
    problemsHeading: {
      lv: (n: number) => `Datnē ir ${n} kļūdainas rindas; nekas netika mainīts`,
      en: (n: number) => `The file has ${n} bad lines; nothing was changed`,
    },
    line: { lv: 'Rinda', en: 'Line' },
    given: { lv: 'Norādīts', en: 'Given' },
    reason: { lv: 'Iemesls', en: 'Reason' },
    numbers: {
      lv: (limit: number, monitored: number, requested: number) =>
        `Līgums atļauj ${limit} personas; tagad monitorē ${monitored}; datne pievienotu ${requested}.`,
      en: (limit: number, monitored: number, requested: number) =>
        `The agreement allows ${limit} persons; ${monitored} are monitored now; the file would add ${requested}.`,
    },
  },
  list: {
    heading: { lv: 'Monitorētās personas', en: 'Monitored persons' },
    search: {
      lv: 'Meklēt pēc personas koda vai atsauces',
      en: 'Search by personal code or reference',
    },
    searchSubmit: { lv: 'Meklēt', en: 'Search' },
    matching: {
      lv: (n: number) => `Atrastas ${n} personas.`,
      en: (n: number) => `${n} persons found.`,
    },
    none: { lv: 'Sarakstā nav personu.', en: 'No persons on the list.' },
    caption: {
      lv: (page: number, pages: number) => `Monitorētās personas, ${page}. lapa no ${pages}`,
      en: (page: number, pages: number) => `Monitored persons, page ${page} of ${pages}`,
    },
    personalCode: { lv: 'Personas kods', en: 'Personal code' },
    reference: { lv: 'Atsauce', en: 'Reference' },
    purpose: { lv: 'Mērķis', en: 'Purpose' },
    addedAt: { lv: 'Pievienota', en: 'Added' },
    endsAt: { lv: 'Beidzas', en: 'Ends' },
    actions: { lv: 'Darbības', en: 'Actions' },
    end: { lv: 'Beigt', en: 'End' },
    endLabel: {
      lv: (code: string) => `Beigt personas ${code} monitorēšanu`,
      en: (code: string) => `End monitoring of ${code}`,
    },
    pages: { lv: 'Lapas', en: 'Pages' },
    previous: { lv: 'Iepriekšējā lapa', en: 'Previous page' },
    next: { lv: 'Nākamā lapa', en: 'Next page' },
    download: { lv: 'Lejupielādēt sarakstu (CSV)', en: 'Download the list (CSV)' },
  },
  staff: {
    title: {
      lv: (name: string) => `${name}: monitorētās personas`,
      en: (name: string) => `${name}: monitored persons`,
    },
    back: { lv: 'Atpakaļ uz organizāciju', en: 'Back to the organisation' },
  },
  csv: {
    header: {
      lv: 'personas_kods;atsauce;merkis;pievienota;beidzas',
      en: 'personal_code;reference;purpose;added_at;ends_at',
    },
  },
} as const satisfies Messages;
