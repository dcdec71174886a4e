import { describe, expect, it } from 'vitest';
import { renderInvoicePdf } from '../src/billing/invoice-pdf.ts';
import type { InvoiceDocumentLine } from '../src/billing/invoice-document.ts';
import { sampleInvoiceDocument } from './support/invoice-documents.ts';
import { pdfText } from './support/pdf-text.ts';

describe('the invoice PDF', () => {
  it('prints the payer with every Latvian letter, the lines with their tariffs and the totals', async () => {
    const pdf = await renderInvoicePdf(sampleInvoiceDocument());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, all } = await pdfText(pdf);
    expect(pages).toHaveLength(1);
    expect(all).toContain('Rēķins RG-2026-000042');
    expect(all).toContain('Ķēniņu Ģimenes Ārsts, SIA');
    expect(all).toContain('Čiekurkalna 1. līnija 7, Rīga, LV-1026');
    expect(all).toContain('Uzraudzība, ražošanas vide, ūdensžīmes');
    expect(all).toContain('Pilsonības un migrācijas lietu pārvalde');
    expect(all).toContain('(paraugs — jāaizpilda ražošanai)');
    expect(all).toMatch(/12 14,50 EUR 78,58 EUR 21 %/u);
    expect(all).toMatch(/350 0,05 EUR 17,50 EUR 21 %/u);
    expect(all).toContain('Periods: 15.07.2026.–31.07.2026.');
    expect(all).toContain('Tarifs: subscription_production');
    expect(all).toContain('Avots: Cenrādis 2026, 2. punkts');
    expect(all).toMatch(/Summa bez PVN 201,37 EUR/u);
    expect(all).toMatch(/^PVN 42,29 EUR$/mu);
    expect(all).toMatch(/Kopā apmaksai 243,66 EUR/u);
    expect(all).toContain('Apmaksāt līdz: 31.08.2026.');
    expect(all).toContain('Maksājuma mērķī norādiet: RG-2026-000042');
    expect(all).toContain('Valsts nodeva nav PVN objekts.');
    expect(all).toContain('Valsts nodevas: 41 persona × 2,00 EUR: -82,00 EUR');
    expect(all).toContain('Atlikums mēneša beigās: 518,00 EUR');
    expect(all).not.toMatch(/Invoice|Payee|Total/u);
  });

  it('puts the English beside the Latvian when the organisation asked for it', async () => {
    const { all } = await pdfText(
      await renderInvoicePdf(sampleInvoiceDocument({ languages: ['lv', 'en'] })),
    );
    expect(all).toContain('Rēķins / Invoice RG-2026-000042');
    expect(all).toContain('Saņēmējs / Payee');
    expect(all).toContain('Maksātājs / Payer');
    expect(all).toContain('paraugs — jāaizpilda ražošanai / example — to be');
    expect(all).toContain('Subscription, production, 15–31 Jul');
    expect(all).toMatch(/Kopā apmaksai \/ Total due 243,66 EUR/u);
    expect(all).toContain('State fees are outside the scope of VAT.');
    expect(all).toContain('Lapa 1 no 1 / Page 1 of 1');
  });

  it('gives the same bytes for the same invoice, and leaves the example note off a real payee', async () => {
    const document = sampleInvoiceDocument({
      payee: { ...sampleInvoiceDocument().payee, example: false },
    });
    const first = await renderInvoicePdf(document);
    expect((await renderInvoicePdf(document)).equals(first)).toBe(true);
    expect((await pdfText(first)).all).not.toContain('paraugs');
    const later = await renderInvoicePdf({ ...document, issuedOn: '2026-08-02' });
    expect(later.equals(first)).toBe(false);
  });

  it('names the exemption of a public body and the invoice a credit note corrects', async () => {
    const exempt = await pdfText(
      await renderInvoicePdf(
        sampleInvoiceDocument({
          exemption: {
            lv: 'Valsts pārvaldes iestāde, atbrīvota no maksas',
            en: 'Public body, exempt from fees',
          },
          vat: [{ ratePercent: 21, netCents: 0, vatCents: 0 }],
          netCents: 0,
          vatCents: 0,
          totalCents: 0,
          languages: ['lv', 'en'],
        }),
      ),
    );
    expect(exempt.all).toContain('Atbrīvojums no maksas / Exemption from fees:');
    expect(exempt.all).toContain('Valsts pārvaldes iestāde, atbrīvota no maksas');
    expect(exempt.all).toContain('Public body, exempt from fees');
    expect(exempt.all).toMatch(/Total due 0,00 EUR/u);

    const credit = await pdfText(
      await renderInvoicePdf(
        sampleInvoiceDocument({
          number: 'RG-2026-000043',
          kind: 'credit_note',
          correctsNumber: 'RG-2026-000042',
          netCents: -20137,
          vatCents: -4229,
          totalCents: -24366,
        }),
      ),
    );
    expect(credit.all).toContain('Kredītrēķins RG-2026-000043');
    expect(credit.all).toContain('Labo rēķinu: RG-2026-000042');
    expect(credit.all).toMatch(/Kopā apmaksai -243,66 EUR/u);
    expect(credit.all).not.toContain('Apmaksāt līdz');
  });

  it('runs onto further pages with every page numbered when the lines do not fit on one', async () => {
    const base = sampleInvoiceDocument();
    const line = base.lines[0] as InvoiceDocumentLine;
    const lines = Array.from({ length: 30 }, (_, i) => ({
      ...line,
      description: { lv: `Rinda ${i + 1}, ņūdzīte`, en: `Line ${i + 1}` },
    }));
    const { pages, all } = await pdfText(await renderInvoicePdf({ ...base, lines }));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((rows, index) =>
      expect(rows).toContain(`RG-2026-000042 · Lapa ${index + 1} no ${pages.length}`),
    );
    expect(all).toContain('Rinda 30, ņūdzīte');
    expect(all).toMatch(/Kopā apmaksai 243,66 EUR/u);
  });
});
