import type { InvoiceDocument } from '../../src/billing/invoice-document.ts';

/**
 * An issued invoice as billing hands it to its documents: a hospital with Latvian letters in
 * its name, two subscription lines split by a price change and one monitoring line, 21 % VAT,
 * and a month of prepaid state fees beside it.
 */
export function sampleInvoiceDocument(overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  return {
    number: 'RG-2026-000042',
    kind: 'invoice',
    correctsNumber: null,
    month: '2026-07',
    issuedOn: '2026-08-01',
    dueOn: '2026-08-31',
    languages: ['lv'],
    payee: {
      name: 'Pilsonības un migrācijas lietu pārvalde',
      registrationNumber: '90000000000',
      iban: 'LV00TREL0000000000000',
      bic: 'TRELLV22',
      example: true,
    },
    payer: {
      name: 'Ķēniņu Ģimenes Ārsts, SIA',
      registrationNumber: '40003000001',
      address: 'Čiekurkalna 1. līnija 7, Rīga, LV-1026',
    },
    paymentReference: 'RG-2026-000042',
    exemption: null,
    lines: [
      {
        type: 'subscription',
        environment: 'production',
        description: {
          lv: 'Abonēšana, ražošanas vide, 1.–14. jūl.',
          en: 'Subscription, production, 1–14 Jul',
        },
        firstDay: '2026-07-01',
        lastDay: '2026-07-14',
        quantity: 12,
        unitPriceCents: 1450,
        amountCents: 7858,
        vatRatePercent: 21,
        tariff: { code: 'subscription_production', source: 'MK noteikumi Nr. 562, 5. punkts' },
      },
      {
        type: 'subscription',
        environment: 'production',
        description: {
          lv: 'Abonēšana, ražošanas vide, 15.–31. jūl.',
          en: 'Subscription, production, 15–31 Jul',
        },
        firstDay: '2026-07-15',
        lastDay: '2026-07-31',
        quantity: 12,
        unitPriceCents: 1600,
        amountCents: 10529,
        vatRatePercent: 21,
        tariff: { code: 'subscription_production', source: 'Cenrādis 2026, 2. punkts' },
      },
      {
        type: 'monitoring',
        environment: 'production',
        description: {
          lv: 'Uzraudzība, ražošanas vide, ūdensžīmes pārbaude',
          en: 'Monitoring, production',
        },
        firstDay: '2026-07-01',
        lastDay: '2026-07-31',
        quantity: 350,
        unitPriceCents: 5,
        amountCents: 1750,
        vatRatePercent: 21,
        tariff: { code: 'monitoring_production', source: 'MK noteikumi Nr. 562, 7. punkts' },
      },
    ],
    vat: [{ ratePercent: 21, netCents: 20137, vatCents: 4229 }],
    netCents: 20137,
    vatCents: 4229,
    totalCents: 24366,
    statement: {
      openingBalanceCents: 50000,
      depositsCents: 10000,
      stateFeeCount: 41,
      stateFeeUnitCents: 200,
      stateFeesCents: 8200,
      closingBalanceCents: 51800,
      outsideVatScope: true,
    },
    ...overrides,
  };
}
