import PDFDocument from 'pdfkit';
import type { Text } from '../platform/i18n/locale.ts';
import type { InvoiceDocument, InvoiceDocumentLine } from './invoice-document.ts';
import { bilingual } from './bilingual.ts';
import { invoiceFonts } from './invoice-font.ts';
import { invoiceDocumentTexts as words } from './texts/invoice-document.ts';
import { euro } from './views/ledger-texts.ts';

type Pdf = PDFKit.PDFDocument;

const MARGIN = 50;
const BOTTOM = 60;
const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';
const GREY = '#444444';

/** The lines table's columns, left to right; widths add up to A4's width inside the margins. */
const COLUMNS = {
  description: { x: MARGIN, width: 215 },
  quantity: { x: 265, width: 45 },
  unitPrice: { x: 310, width: 75 },
  amount: { x: 385, width: 85 },
  vatRate: { x: 470, width: 75 },
} as const;

/**
 * Renders an issued invoice or credit note as an A4 PDF: Latvian, with English beside each
 * label when the organisation asked for English. Everything printed comes from the document
 * (never the clock or the tables), and the PDF's dates are the issue day, so the same invoice
 * gives the same bytes every time it is rendered.
 */
export async function renderInvoicePdf(document: InvoiceDocument): Promise<Buffer> {
  const issued = new Date(`${document.issuedOn}T00:00:00Z`);
  const title = `${both(document, titleOf(document))} ${document.number}`;
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: BOTTOM },
    bufferPages: true,
    lang: 'lv-LV',
    displayTitle: true,
    info: {
      Title: title,
      Author: document.payee.name,
      Subject: document.month,
      CreationDate: issued,
      ModDate: issued,
    },
  });
  const done = collect(pdf);
  const { regular, bold } = invoiceFonts();
  pdf.registerFont(REGULAR, regular);
  pdf.registerFont(BOLD, bold);

  header(pdf, document, title);
  parties(pdf, document);
  lines(pdf, document);
  totals(pdf, document);
  payment(pdf, document);
  statement(pdf, document);
  pageNumbers(pdf, document);
  pdf.end();
  return done;
}

function collect(pdf: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

/** "Rēķins / Invoice" when English is asked for, "Rēķins" otherwise. */
function both(document: InvoiceDocument, text: Text): string {
  return bilingual(document.languages, text.lv, text.en);
}

function titleOf(document: InvoiceDocument): Text {
  return document.kind === 'credit_note' ? words.title.creditNote : words.title.invoice;
}

/** Dates as Latvians write them: 01.08.2026. */
function day(iso: string): string {
  return words.date.lv(iso);
}

function money(cents: number): string {
  return euro(cents, 'lv');
}

/** Starts a new page when `height` points no longer fit on this one. */
function room(pdf: Pdf, height: number): void {
  if (pdf.y + height > pdf.page.height - BOTTOM) pdf.addPage();
}

function heading(pdf: Pdf, document: InvoiceDocument, text: Text): void {
  room(pdf, 60);
  pdf.moveDown(0.8).font(BOLD).fontSize(11).fillColor('black');
  pdf.text(both(document, text), MARGIN, pdf.y);
  pdf.moveDown(0.3).font(REGULAR).fontSize(9);
}

/** "Label / Label: value" on one line of the flow. */
function fact(pdf: Pdf, document: InvoiceDocument, label: Text, value: string): void {
  pdf
    .font(REGULAR)
    .fontSize(9)
    .fillColor(GREY)
    .text(`${both(document, label)}: `, {
      continued: true,
    });
  pdf.fillColor('black').text(value);
}

function header(pdf: Pdf, document: InvoiceDocument, title: string): void {
  pdf.font(BOLD).fontSize(18).text(title, MARGIN, MARGIN);
  pdf.moveDown(0.5);
  fact(pdf, document, words.facts.number, document.number);
  fact(pdf, document, words.facts.month, document.month);
  fact(pdf, document, words.facts.issuedOn, day(document.issuedOn));
  if (document.kind === 'invoice') fact(pdf, document, words.facts.dueOn, day(document.dueOn));
  if (document.correctsNumber !== null) {
    fact(pdf, document, words.facts.corrects, document.correctsNumber);
  }
}

function parties(pdf: Pdf, document: InvoiceDocument): void {
  const top = pdf.y + 12;
  const width = 235;
  const { payee, payer } = document;
  const column = (x: number, label: Text, rows: string[]): number => {
    pdf.font(BOLD).fontSize(10).fillColor('black').text(both(document, label), x, top, { width });
    pdf.font(REGULAR).fontSize(9);
    for (const row of rows) pdf.text(row, x, pdf.y, { width });
    return pdf.y;
  };
  const registration = both(document, words.parties.registrationNumber);
  const payeeRows = [
    payee.name,
    `${registration} ${payee.registrationNumber}`,
    `${both(document, words.parties.account)}: ${payee.iban}`,
    `${words.parties.bic.lv}: ${payee.bic}`,
  ];
  if (payee.example) payeeRows.push(`(${both(document, words.parties.example)})`);
  const payeeEnd = column(MARGIN, words.parties.payee, payeeRows);
  const payerEnd = column(MARGIN + width + 25, words.parties.payer, [
    payer.name,
    `${registration} ${payer.registrationNumber}`,
    payer.address,
  ]);
  pdf.x = MARGIN;
  pdf.y = Math.max(payeeEnd, payerEnd);
}

function lines(pdf: Pdf, document: InvoiceDocument): void {
  heading(pdf, document, words.lines.heading);
  tableHeader(pdf, document);
  if (document.lines.length === 0) {
    pdf.text(both(document, words.lines.none), MARGIN, pdf.y);
    return;
  }
  for (const line of document.lines) lineRow(pdf, document, line);
}

function tableHeader(pdf: Pdf, document: InvoiceDocument): void {
  const y = pdf.y;
  pdf.font(BOLD).fontSize(8).fillColor('black');
  const cell = (column: keyof typeof COLUMNS, text: Text) =>
    pdf.text(both(document, text), COLUMNS[column].x, y, {
      width: COLUMNS[column].width,
      align: column === 'description' ? 'left' : 'right',
    });
  cell('description', words.lines.description);
  cell('quantity', words.lines.quantity);
  cell('unitPrice', words.lines.unitPrice);
  cell('amount', words.lines.amount);
  cell('vatRate', words.lines.vatRate);
  rule(pdf, Math.max(pdf.y, y + 20) + 2);
}

function rule(pdf: Pdf, y: number): void {
  pdf
    .moveTo(MARGIN, y)
    .lineTo(pdf.page.width - MARGIN, y)
    .lineWidth(0.5)
    .strokeColor(GREY)
    .stroke();
  pdf.x = MARGIN;
  pdf.y = y + 4;
}

function lineRow(pdf: Pdf, document: InvoiceDocument, line: InvoiceDocumentLine): void {
  const english = document.languages.includes('en');
  const details = [
    `${both(document, words.lines.period)}: ${day(line.firstDay)}–${day(line.lastDay)}`,
    `${both(document, words.lines.tariff)}: ${line.tariff.code}`,
    `${both(document, words.lines.source)}: ${line.tariff.source}`,
  ];
  room(pdf, 70);
  const y = pdf.y;
  const right = (column: keyof typeof COLUMNS, text: string) =>
    pdf.text(text, COLUMNS[column].x, y, { width: COLUMNS[column].width, align: 'right' });
  pdf.font(REGULAR).fontSize(9).fillColor('black');
  right('quantity', String(line.quantity));
  right('unitPrice', money(line.unitPriceCents));
  right('amount', money(line.amountCents));
  right('vatRate', `${line.vatRatePercent} %`);
  const { x, width } = COLUMNS.description;
  pdf.text(line.description.lv, x, y, { width });
  if (english) pdf.fillColor(GREY).text(line.description.en, x, pdf.y, { width });
  pdf.fontSize(7).fillColor(GREY);
  for (const detail of details) pdf.text(detail, x, pdf.y, { width });
  rule(pdf, pdf.y + 3);
}

function totals(pdf: Pdf, document: InvoiceDocument): void {
  heading(pdf, document, words.vat.heading);
  const row = (label: string, value: string, strong = false) => {
    const y = pdf.y;
    pdf
      .font(strong ? BOLD : REGULAR)
      .fontSize(strong ? 10 : 9)
      .fillColor('black');
    pdf.text(label, MARGIN, y, { width: 330 });
    const end = pdf.y;
    pdf.text(value, COLUMNS.amount.x, y, { width: COLUMNS.amount.width, align: 'right' });
    pdf.y = Math.max(end, pdf.y);
  };
  const net = both(document, words.vat.net);
  const vat = both(document, words.vat.vat);
  for (const rate of document.vat) {
    row(`${net}, ${rate.ratePercent} %`, money(rate.netCents));
    row(`${vat} ${rate.ratePercent} %`, money(rate.vatCents));
  }
  rule(pdf, pdf.y + 2);
  row(net, money(document.netCents));
  row(vat, money(document.vatCents));
  row(both(document, words.vat.total), money(document.totalCents), true);
  if (document.exemption !== null) {
    pdf
      .moveDown(0.5)
      .font(BOLD)
      .fontSize(9)
      .text(`${both(document, words.exemption)}:`, MARGIN);
    pdf.font(REGULAR).text(document.exemption.lv);
    if (document.languages.includes('en')) pdf.fillColor(GREY).text(document.exemption.en);
  }
}

function payment(pdf: Pdf, document: InvoiceDocument): void {
  heading(pdf, document, words.payment.heading);
  fact(pdf, document, words.payment.reference, document.paymentReference);
  if (document.kind === 'credit_note') {
    pdf.fillColor('black').text(both(document, words.payment.creditNote), MARGIN);
  }
}

function statement(pdf: Pdf, document: InvoiceDocument): void {
  const s = document.statement;
  heading(pdf, document, words.statement.heading);
  pdf.fillColor(GREY).text(both(document, words.statement.notBilled), MARGIN);
  pdf.moveDown(0.3);
  const unit = money(s.stateFeeUnitCents);
  const fees = bilingual(
    document.languages,
    words.statement.fees.lv(s.stateFeeCount, unit),
    words.statement.fees.en(s.stateFeeCount, unit),
  );
  fact(pdf, document, words.statement.opening, money(s.openingBalanceCents));
  fact(pdf, document, words.statement.deposits, money(s.depositsCents));
  pdf.fillColor(GREY).text(`${fees}: `, { continued: true });
  pdf.fillColor('black').text(money(-s.stateFeesCents));
  fact(pdf, document, words.statement.closing, money(s.closingBalanceCents));
}

/** Written last, onto every buffered page, in the bottom margin (which must not break a page). */
function pageNumbers(pdf: Pdf, document: InvoiceDocument): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    pdf.switchToPage(index);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const pageNo = index - start + 1;
    const text = `${document.number} · ${bilingual(document.languages, words.page.lv(pageNo, count), words.page.en(pageNo, count))}`;
    pdf
      .font(REGULAR)
      .fontSize(7)
      .fillColor(GREY)
      .text(text, MARGIN, pdf.page.height - 35, {
        width: pdf.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    pdf.page.margins.bottom = bottom;
  }
}
