import type { Messages } from '../../platform/i18n/messages.ts';

/**
 * The words of an invoice's PDF and of the mail that carries it. The PDF prints the Latvian
 * text and, where the organisation asked for English, the English one beside it.
 */
export const invoiceDocumentTexts = {
  title: {
    invoice: { lv: 'Rēķins', en: 'Invoice' },
    creditNote: { lv: 'Kredītrēķins', en: 'Credit note' },
  },
  facts: {
    number: { lv: 'Numurs', en: 'Number' },
    month: { lv: 'Periods', en: 'Billing month' },
    issuedOn: { lv: 'Izrakstīts', en: 'Issued' },
    dueOn: { lv: 'Apmaksāt līdz', en: 'Due' },
    corrects: { lv: 'Labo rēķinu', en: 'Corrects invoice' },
  },
  parties: {
    payee: { lv: 'Saņēmējs', en: 'Payee' },
    payer: { lv: 'Maksātājs', en: 'Payer' },
    registrationNumber: { lv: 'Reģ. Nr.', en: 'Reg. No.' },
    account: { lv: 'Konts', en: 'Account' },
    bic: { lv: 'BIC', en: 'BIC' },
    example: {
      lv: 'paraugs — jāaizpilda ražošanai',
      en: 'example — to be filled for production',
    },
  },
  lines: {
    heading: { lv: 'Rēķina rindas', en: 'Lines' },
    description: { lv: 'Apraksts', en: 'Description' },
    quantity: { lv: 'Daudz.', en: 'Qty' },
    unitPrice: { lv: 'Cena', en: 'Unit price' },
    amount: { lv: 'Summa', en: 'Amount' },
    vatRate: { lv: 'PVN', en: 'VAT' },
    period: { lv: 'Periods', en: 'Period' },
    tariff: { lv: 'Tarifs', en: 'Tariff' },
    source: { lv: 'Avots', en: 'Source' },
    none: { lv: 'Šajā mēnesī nav maksājamu pakalpojumu.', en: 'No billable services this month.' },
  },
  vat: {
    heading: { lv: 'PVN kopsavilkums', en: 'VAT summary' },
    rate: { lv: 'Likme', en: 'Rate' },
    net: { lv: 'Summa bez PVN', en: 'Net' },
    vat: { lv: 'PVN', en: 'VAT' },
    total: { lv: 'Kopā apmaksai', en: 'Total due' },
  },
  exemption: { lv: 'Atbrīvojums no maksas', en: 'Exemption from fees' },
  payment: {
    heading: { lv: 'Maksājums', en: 'Payment' },
    reference: { lv: 'Maksājuma mērķī norādiet', en: 'Payment reference' },
    creditNote: {
      lv: 'Kredītrēķins samazina maksājamo summu; nekas nav jāmaksā.',
      en: 'The credit note reduces the amount due; there is nothing to pay.',
    },
  },
  statement: {
    heading: { lv: 'Valsts nodevu priekšapmaksas izraksts', en: 'Prepaid state fee statement' },
    notBilled: {
      lv: 'Informācijai: nav šī rēķina daļa. Valsts nodeva nav PVN objekts.',
      en: 'For information: not part of this invoice. State fees are outside the scope of VAT.',
    },
    opening: { lv: 'Atlikums mēneša sākumā', en: 'Opening balance' },
    deposits: { lv: 'Iemaksas', en: 'Deposits' },
    fees: {
      lv: (count: number, unit: string) =>
        `Valsts nodevas: ${count} ${count % 10 === 1 && count % 100 !== 11 ? 'persona' : 'personas'} × ${unit}`,
      en: (count: number, unit: string) =>
        `State fees: ${count} ${count === 1 ? 'person' : 'persons'} × ${unit}`,
    },
    closing: { lv: 'Atlikums mēneša beigās', en: 'Closing balance' },
  },
  page: {
    lv: (page: number, of: number) => `Lapa ${page} no ${of}`,
    en: (page: number, of: number) => `Page ${page} of ${of}`,
  },
  /** A YYYY-MM-DD day as each language writes it. */
  date: {
    lv: (iso: string) => `${iso.split('-').reverse().join('.')}.`,
    en: (iso: string) => iso,
  },
  mail: {
    subject: {
      lv: (number: string, month: string) => `Rēķins ${number} par ${month}`,
      en: (number: string, month: string) => `Invoice ${number} for ${month}`,
    },
    creditNoteSubject: {
      lv: (number: string, corrects: string) => `Kredītrēķins ${number} rēķinam ${corrects}`,
      en: (number: string, corrects: string) => `Credit note ${number} for invoice ${corrects}`,
    },
    body: {
      lv: (payer: string, number: string, total: string, dueOn: string) =>
        [
          `${payer}: pielikumā rēķins ${number} par Iedzīvotāju reģistra datu pārraides pakalpojumiem.`,
          `Kopā apmaksai ${total}, apmaksāt līdz ${dueOn}; maksājuma mērķī norādiet ${number}.`,
        ].join('\n\n'),
      en: (payer: string, number: string, total: string, dueOn: string) =>
        [
          `${payer}: attached is invoice ${number} for the Population Register data transfer services.`,
          `Total due ${total}, by ${dueOn}; give ${number} as the payment reference.`,
        ].join('\n\n'),
    },
    creditNoteBody: {
      lv: (payer: string, number: string, corrects: string) =>
        `${payer}: pielikumā kredītrēķins ${number}, kas labo rēķinu ${corrects}.`,
      en: (payer: string, number: string, corrects: string) =>
        `${payer}: attached is credit note ${number}, which corrects invoice ${corrects}.`,
    },
  },
} as const satisfies Messages;
