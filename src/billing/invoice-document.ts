/**
 * An issued invoice (or credit note) as its documents show it: the PDF, the CSV and the mail
 * read only this, never the tables, so what the organisation receives is what was issued.
 * Amounts are integer cents; each line is rounded on its own and the totals are sums of lines.
 */
export interface InvoiceDocument {
  /** `RG-2026-000001`: one gapless series per year. */
  number: string;
  kind: 'invoice' | 'credit_note';
  /** For a credit note: the number of the invoice it corrects. */
  correctsNumber: string | null;
  /** The billed month, YYYY-MM. */
  month: string;
  /** YYYY-MM-DD (Riga days). */
  issuedOn: string;
  dueOn: string;
  /** Latvian always; English beside it when the organisation asked for English. */
  languages: readonly ('lv' | 'en')[];
  payee: {
    name: string;
    registrationNumber: string;
    iban: string;
    bic: string;
    /** The settings hold the example payee: the document says so. */
    example: boolean;
  };
  payer: { name: string; registrationNumber: string; address: string };
  /** What the payer writes in the transfer's details: the invoice number. */
  paymentReference: string;
  /** Set when the payer is exempt from fees (a public body): the lines show, the total is 0. */
  exemption: { lv: string; en: string } | null;
  lines: InvoiceDocumentLine[];
  vat: InvoiceVatSummary[];
  netCents: number;
  vatCents: number;
  totalCents: number;
  /** Not billed: the prepaid state fees of the month, shown beside the invoice. */
  statement: PrepaidStatement;
}

export interface InvoiceDocumentLine {
  type: 'subscription' | 'monitoring';
  environment: 'test' | 'production';
  /** Words in both languages, e.g. "Abonēšana, testa vide, 1.–14. jūl." */
  description: { lv: string; en: string };
  /** The days of the month the line covers, YYYY-MM-DD inclusive. */
  firstDay: string;
  lastDay: string;
  quantity: number;
  unitPriceCents: number;
  amountCents: number;
  vatRatePercent: number;
  tariff: { code: string; source: string };
}

export interface InvoiceVatSummary {
  ratePercent: number;
  netCents: number;
  vatCents: number;
}

export interface PrepaidStatement {
  openingBalanceCents: number;
  depositsCents: number;
  stateFeeCount: number;
  stateFeeUnitCents: number;
  stateFeesCents: number;
  closingBalanceCents: number;
  /** State fees are outside the scope of VAT. */
  outsideVatScope: true;
}
