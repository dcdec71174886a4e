import type { Messages } from '../../platform/i18n/messages.ts';

/** The organisation's and the staff's invoice pages, and the CSV's column names. */
export const invoicePageTexts = {
  title: { lv: 'Rēķini', en: 'Invoices' },
  lead: {
    lv: 'Ikmēneša rēķini par abonēšanu un monitoringu. Valsts nodeva tiek samaksāta no priekšapmaksas un rēķinā ir parādīta tikai informācijai.',
    en: 'Monthly invoices for the subscription and monitoring. The state fee is paid from the prepaid balance and shown on the invoice for information only.',
  },
  none: { lv: 'Rēķinu vēl nav.', en: 'There are no invoices yet.' },
  caption: { lv: 'Rēķini pa mēnešiem, jaunākie vispirms', en: 'Invoices by month, newest first' },
  column: {
    month: { lv: 'Mēnesis', en: 'Month' },
    number: { lv: 'Numurs', en: 'Number' },
    organisation: { lv: 'Organizācija', en: 'Organisation' },
    issuedOn: { lv: 'Izrakstīts', en: 'Issued' },
    dueOn: { lv: 'Apmaksas termiņš', en: 'Due' },
    total: { lv: 'Summa, EUR', en: 'Total, EUR' },
    status: { lv: 'Statuss', en: 'Status' },
    files: { lv: 'Lejupielādēt', en: 'Download' },
    actions: { lv: 'Darbības', en: 'Actions' },
  },
  status: {
    issued: { lv: 'Izrakstīts', en: 'Issued' },
    paid: { lv: 'Apmaksāts', en: 'Paid' },
    overdue: { lv: 'Kavēts', en: 'Overdue' },
    credited: { lv: 'Kreditēts', en: 'Credited' },
    creditNote: { lv: 'Kredītrēķins', en: 'Credit note' },
    exempt: { lv: 'Atbrīvots (0 EUR)', en: 'Exempt (EUR 0)' },
  },
  pdf: { lv: 'PDF', en: 'PDF' },
  csv: { lv: 'CSV', en: 'CSV' },
  fileOf: {
    lv: (kind: string, number: string) => `${kind}, rēķins ${number}`,
    en: (kind: string, number: string) => `${kind}, invoice ${number}`,
  },
  payment: {
    heading: { lv: 'Kā samaksāt', en: 'How to pay' },
    lead: {
      lv: 'Pārskaitiet rēķina summu līdz apmaksas termiņam uz šo kontu. Maksājuma mērķī norādiet rēķina numuru.',
      en: 'Transfer the invoice total by its due date to this account. Give the invoice number as the payment reference.',
    },
    payee: { lv: 'Saņēmējs', en: 'Payee' },
    registrationNumber: { lv: 'Reģistrācijas numurs', en: 'Registration number' },
    iban: { lv: 'Konts (IBAN)', en: 'Account (IBAN)' },
    bic: { lv: 'Bankas kods (BIC)', en: 'Bank code (BIC)' },
    reference: { lv: 'Maksājuma mērķis', en: 'Payment reference' },
    referenceValue: { lv: 'rēķina numurs', en: 'the invoice number' },
    example: {
      lv: 'Piemērs: šie rekvizīti ir jāaizpilda ražošanas videi (PAYEE_* iestatījumi).',
      en: 'Example: these details are to be filled in for production (the PAYEE_* settings).',
    },
  },
  staff: {
    lead: {
      lv: 'Visu organizāciju rēķini. Atzīmējiet apmaksu pēc bankas izraksta rindas vai sagatavojiet kredītrēķinu.',
      en: 'Invoices of all organisations. Mark a payment from a bank statement line, or make a credit note.',
    },
    filters: { lv: 'Atlasīt', en: 'Filter' },
    month: { lv: 'Mēnesis (GGGG-MM)', en: 'Month (YYYY-MM)' },
    organisation: {
      lv: 'Organizācijas reģistrācijas numurs',
      en: 'Organisation’s register number',
    },
    statusAll: { lv: 'Visi', en: 'All' },
    statusUnpaid: { lv: 'Neapmaksāti', en: 'Unpaid' },
    show: { lv: 'Rādīt', en: 'Show' },
    totals: {
      lv: (count: number, total: string, unpaid: string) =>
        `${String(count)} dokumenti, kopā ${total} EUR, neapmaksāti ${unpaid} EUR`,
      en: (count: number, total: string, unpaid: string) =>
        `${String(count)} documents, total EUR ${total}, unpaid EUR ${unpaid}`,
    },
    overdue: { lv: 'Kavētie rēķini', en: 'Overdue invoices' },
    noOverdue: { lv: 'Kavētu rēķinu nav.', en: 'There are no overdue invoices.' },
    revenue: { lv: 'Ieņēmumi pa mēnešiem', en: 'Revenue by month' },
    markPaid: { lv: 'Atzīmēt apmaksu', en: 'Mark paid' },
    paidOn: { lv: 'Maksājuma datums', en: 'Payment date' },
    amount: { lv: 'Summa, EUR', en: 'Amount, EUR' },
    reference: { lv: 'Maksājuma mērķis', en: 'Payment reference' },
    credit: { lv: 'Sagatavot kredītrēķinu', en: 'Make a credit note' },
    make: {
      heading: { lv: 'Sagatavot mēneša rēķinus', en: 'Make a month’s invoices' },
      hint: {
        lv: 'Tikai beigušos mēnesi; jau sagatavotie rēķini netiek sagatavoti vēlreiz.',
        en: 'Only a month that is over; invoices already made are not made again.',
      },
      submit: { lv: 'Sagatavot', en: 'Make invoices' },
    },
    done: {
      paid: { lv: 'Rēķins atzīmēts kā apmaksāts.', en: 'The invoice is marked as paid.' },
      credited: { lv: 'Kredītrēķins sagatavots.', en: 'The credit note is made.' },
      made: {
        lv: (count: number) => `Sagatavoti rēķini: ${String(count)}.`,
        en: (count: number) => `Invoices made: ${String(count)}.`,
      },
    },
  },
  csvFile: {
    header: {
      lv: 'rindas tips;vide;apraksts;no;līdz;daudzums;cena EUR;summa EUR;PVN %;tarifs;tarifa avots',
      en: 'line type;environment;description;from;to;quantity;unit price EUR;amount EUR;VAT %;tariff;tariff source',
    },
    net: { lv: 'Summa bez PVN', en: 'Net' },
    vat: { lv: 'PVN', en: 'VAT' },
    total: { lv: 'Kopā apmaksai', en: 'Total' },
    stateFees: {
      lv: 'Valsts nodeva no priekšapmaksas (nav apliekama ar PVN)',
      en: 'State fees from the prepaid balance (outside the scope of VAT)',
    },
  },
} as const satisfies Messages;
