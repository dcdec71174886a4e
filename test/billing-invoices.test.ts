import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countUsersToday,
  invoiceDocument,
  issueCreditNote,
  issueMonthInvoice,
  linesOf,
  markInvoicePaid,
  monthsUpTo,
  revenueByMonth,
  runInvoiceMonth,
} from '../src/billing/service.ts';
import type { Db } from '../src/database.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';
import type { Database } from '../src/platform/db/database.ts';
import type { AppDatabase } from '../src/database.ts';
import { fixedClock } from './support/app.ts';
import { createTestDatabase } from './support/database.ts';
import { billedOrganisation, issueContext, usage } from './support/invoices.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';

const TODAY = '2026-12-03';
const context = issueContext(TODAY);
let database: Database<AppDatabase>;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase({ poolSize: 6 });
  db = database.db;
});
afterAll(async () => {
  await database.close();
});

function issue(organisationId: number, month: string, ctx = context) {
  return inTransaction(db, (trx) => issueMonthInvoice(trx, ctx, organisationId, month));
}

async function madeId(organisationId: number, month: string): Promise<number> {
  const outcome = await issue(organisationId, month);
  if (!outcome.made) throw new Error(`no invoice made: ${outcome.reason}`);
  return outcome.invoiceId;
}

function lineSummary(lines: Awaited<ReturnType<typeof linesOf>>) {
  return lines.map((l) => [
    l.environment,
    l.tariff_code,
    l.first_day,
    l.last_day,
    l.quantity,
    l.unit_price_cents,
    l.amount_cents,
  ]);
}

async function invoicesOfMonth(month: string) {
  return db
    .selectFrom('invoices')
    .select(['number', 'organisation_id', 'kind'])
    .where('month', '=', month)
    .orderBy('number')
    .execute();
}

describe('an organisation’s monthly invoice', () => {
  it('charges a part month pro rata by days in force, by the highest users on a day in force', async () => {
    const org = await billedOrganisation(db, { validFrom: '2025-06-16', validUntil: '2025-06-30' });
    // Before the agreement began: not counted.
    await usage(db, org.id, 'users', 'test', '2025-06-10', 12);
    await usage(db, org.id, 'users', 'test', '2025-06-20', 7);
    await usage(db, org.id, 'users', 'test', '2025-06-21', 4);
    const id = await madeId(org.id, '2025-06');
    expect(lineSummary(await linesOf(db, id))).toEqual([
      ['test', 'subscription_up_to_5_users', '2025-06-16', '2025-06-30', 1, 24512, 12256],
      ['test', 'subscription_extra_user', '2025-06-16', '2025-06-30', 2, 2378, 2378],
    ]);
    const doc = await invoiceDocument(db, id);
    // Prices are stated VAT included: 21 % of each line is taken out of it, rounded per line.
    expect(doc.lines.map((l) => l.amountCents)).toEqual([12256, 2378]);
    expect(doc.vat).toEqual([{ ratePercent: 21, netCents: 10129 + 1965, vatCents: 2127 + 413 }]);
    expect([doc.netCents, doc.vatCents, doc.totalCents]).toEqual([12094, 2540, 14634]);
    expect(doc.lines[0]?.tariff).toEqual({
      code: 'subscription_up_to_5_users',
      source: 'MK noteikumi Nr. 562, 4. punkts',
    });
    expect(doc.number).toMatch(/^RG-2026-\d{6}$/);
    expect(doc.paymentReference).toBe(doc.number);
    expect(doc.dueOn).toBe('2027-01-02');
    expect(doc.payee.example).toBe(true);
    expect(doc.exemption).toBeNull();
    expect(doc.statement.outsideVatScope).toBe(true);
  });

  it('splits a line by days where the price changes mid-month, and bills monitoring by the peak of persons', async () => {
    await db
      .insertInto('tariffs')
      .values([
        {
          code: 'subscription_up_to_5_users',
          amount_cents: 30000,
          valid_from: '2025-03-11',
          reason: 'MK noteikumi Nr. 999, 4. punkts',
        },
        {
          code: 'subscription_up_to_5_users',
          amount_cents: 24512,
          valid_from: '2025-04-01',
          reason: 'MK noteikumi Nr. 562, 4. punkts',
        },
      ])
      .execute();
    const org = await billedOrganisation(db, {
      validFrom: '2025-03-01',
      validUntil: '2025-03-31',
      environments: ['test', 'production'],
      monitoring: true,
    });
    await usage(db, org.id, 'users', 'test', '2025-03-02', 3);
    await usage(db, org.id, 'monitored_persons', 'production', '2025-03-05', 2500);
    await usage(db, org.id, 'monitored_persons', 'production', '2025-03-06', 900);
    const id = await madeId(org.id, '2025-03');
    const env = (e: 'test' | 'production') => [
      [e, 'subscription_up_to_5_users', '2025-03-01', '2025-03-10', 1, 24512, 7907],
      [e, 'subscription_up_to_5_users', '2025-03-11', '2025-03-31', 1, 30000, 20323],
      [e, 'monitoring_up_to_1000_persons', '2025-03-01', '2025-03-31', 1, 4269, 4269],
    ];
    expect(lineSummary(await linesOf(db, id))).toEqual([
      ...env('test'),
      ...env('production'),
      ['production', 'monitoring_extra_1000_persons', '2025-03-01', '2025-03-31', 2, 1423, 2846],
    ]);
    const doc = await invoiceDocument(db, id);
    expect(doc.lines[1]?.tariff.source).toBe('MK noteikumi Nr. 999, 4. punkts');
    expect(doc.totalCents).toBe(67844);
    expect(doc.netCents + doc.vatCents).toBe(doc.totalCents);
  });

  it('gives a public body an invoice of zero with the lines and the exemption, or none when so set', async () => {
    const org = await billedOrganisation(db, {
      validFrom: '2025-05-01',
      validUntil: '2025-05-31',
      legalForm: 'public',
    });
    const none = await issue(org.id, '2025-05', issueContext(TODAY, 'none'));
    expect(none).toEqual({ made: false, reason: 'exempt_none' });
    const id = await madeId(org.id, '2025-05');
    const doc = await invoiceDocument(db, id);
    expect(doc.lines.map((l) => l.amountCents)).toEqual([24512]);
    expect([doc.netCents, doc.vatCents, doc.totalCents]).toEqual([0, 0, 0]);
    expect(doc.exemption?.lv).toContain('bez maksas');
    expect(doc.exemption?.en).toContain('exempt');
  });

  it('shows the month’s prepaid state fees, deposits and balances beside the invoice', async () => {
    const org = await billedOrganisation(db, { validFrom: '2025-09-01', validUntil: '2025-09-30' });
    const at = (iso: string) => new Date(iso);
    await db
      .insertInto('ledger_movements')
      .values([
        // 1 September 00:30 in Riga is still 31 August in UTC: it belongs to September.
        {
          organisation_id: org.id,
          kind: 'deposit',
          amount_cents: 5000,
          reference: 'a',
          idempotency_key: null,
          staff_id: null,
          created_at: at('2025-08-20T10:00:00Z'),
        },
        {
          organisation_id: org.id,
          kind: 'deposit',
          amount_cents: 10000,
          reference: 'b',
          idempotency_key: null,
          staff_id: null,
          created_at: at('2025-08-31T21:30:00Z'),
        },
        {
          organisation_id: org.id,
          kind: 'state_fee',
          amount_cents: -600,
          reference: 'c',
          idempotency_key: null,
          staff_id: null,
          created_at: at('2025-09-10T10:00:00Z'),
        },
        {
          organisation_id: org.id,
          kind: 'state_fee',
          amount_cents: -200,
          reference: 'd',
          idempotency_key: null,
          staff_id: null,
          created_at: at('2025-09-30T22:30:00Z'),
        },
      ])
      .execute();
    const doc = await invoiceDocument(db, await madeId(org.id, '2025-09'));
    expect(doc.statement).toEqual({
      openingBalanceCents: 5000,
      depositsCents: 10000,
      stateFeeCount: 3,
      stateFeeUnitCents: 200,
      stateFeesCents: 600,
      closingBalanceCents: 14400,
      outsideVatScope: true,
    });
  });

  it('mails each issued invoice and credit note to the notice address with its PDF attached', async () => {
    const org = await billedOrganisation(db, { validFrom: '2024-05-01', validUntil: '2024-05-31' });
    const id = await madeId(org.id, '2024-05');
    const doc = await invoiceDocument(db, id);
    const officer = await staffSession(db, fixedClock('2026-12-03T10:00:00Z'));
    const credit = await inTransaction(db, (trx) =>
      issueCreditNote(trx, context, id, officer, null),
    );
    const { email } = await db
      .selectFrom('organisations')
      .select('email')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    const mails = await db
      .selectFrom('jobs')
      .select('payload')
      .where('kind', '=', 'mail.send')
      .execute();
    const sent = mails
      .map(
        (m) =>
          (typeof m.payload === 'string' ? JSON.parse(m.payload) : m.payload) as {
            to: string;
            reference?: string;
            attachments?: { filename: string; contentType: string }[];
          },
      )
      .filter((m) => m.to === email);
    expect(sent.map((m) => [m.reference, m.attachments?.map((a) => a.filename)])).toEqual([
      [doc.number, [`${doc.number}.pdf`]],
      [credit.number, [`${credit.number}.pdf`]],
    ]);
  });

  it('refuses an organisation with no agreement in the month, and makes nothing', async () => {
    const org = await makeOrganisation(db);
    await expect(issue(org.id, '2025-07')).rejects.toThrow('invoice_no_agreement');
    expect(await invoicesOfMonth('2025-07')).toEqual([]);
  });

  it('refuses a month that is not over', async () => {
    const org = await billedOrganisation(db, { validFrom: '2026-12-01', validUntil: null });
    await expect(issue(org.id, '2026-12')).rejects.toThrow('invoice_month_not_over');
    await expect(runInvoiceMonth(db, context, '2027-01')).rejects.toThrow('invoice_month_not_over');
    await expect(runInvoiceMonth(db, context, '2026-13')).rejects.toThrow('invoice_month_invalid');
    expect(await invoicesOfMonth('2026-12')).toEqual([]);
  });

  it('keeps an issued invoice as issued: no change but its payment, no delete', async () => {
    const org = await billedOrganisation(db, { validFrom: '2025-10-01', validUntil: '2025-10-31' });
    const id = await madeId(org.id, '2025-10');
    await expect(
      db.updateTable('invoices').set({ total_cents: 1 }).where('id', '=', id).execute(),
    ).rejects.toThrow(/append_only/);
    await expect(db.deleteFrom('invoices').where('id', '=', id).execute()).rejects.toThrow(
      /append_only/,
    );
    await expect(
      db
        .updateTable('invoice_lines')
        .set({ amount_cents: 1 })
        .where('invoice_id', '=', id)
        .execute(),
    ).rejects.toThrow(/append_only/);
  });
});

describe('credit notes', () => {
  it('negates an invoice under the next number, and a new invoice can then be made for the month', async () => {
    const staff = await staffSession(db, fixedClock(`${TODAY}T10:00:00Z`));
    const org = await billedOrganisation(db, { validFrom: '2025-08-01', validUntil: '2025-08-31' });
    const first = await madeId(org.id, '2025-08');
    expect(await issue(org.id, '2025-08')).toEqual({ made: false, reason: 'exists' });
    const credit = await inTransaction(db, (trx) =>
      issueCreditNote(trx, context, first, { staffId: staff.staffId }, null),
    );
    const original = await invoiceDocument(db, first);
    const note = await invoiceDocument(db, credit.invoiceId);
    expect(note.kind).toBe('credit_note');
    expect(note.correctsNumber).toBe(original.number);
    expect(note.totalCents).toBe(-original.totalCents);
    expect(note.lines.map((l) => l.amountCents)).toEqual(original.lines.map((l) => -l.amountCents));
    expect(serialOf(note.number)).toBe(serialOf(original.number) + 1);
    await expect(
      inTransaction(db, (trx) =>
        issueCreditNote(trx, context, first, { staffId: staff.staffId }, null),
      ),
    ).rejects.toThrow('invoice_already_credited');
    await expect(
      inTransaction(db, (trx) =>
        issueCreditNote(trx, context, credit.invoiceId, { staffId: staff.staffId }, null),
      ),
    ).rejects.toThrow('invoice_not_creditable');
    const again = await issue(org.id, '2025-08');
    expect(again.made).toBe(true);
    expect((await invoicesOfMonth('2025-08')).map((r) => r.kind)).toEqual([
      'invoice',
      'credit_note',
      'invoice',
    ]);
  });
});

describe('marking paid from a bank statement line', () => {
  it('needs the exact total and the number in the reference, once', async () => {
    const staff = await staffSession(db, fixedClock(`${TODAY}T10:00:00Z`));
    const org = await billedOrganisation(db, { validFrom: '2025-11-01', validUntil: '2025-11-30' });
    const id = await madeId(org.id, '2025-11');
    const doc = await invoiceDocument(db, id);
    const pay = (amount: string, reference: string, paidOn = '2026-12-02') =>
      inTransaction(db, (trx) =>
        markInvoicePaid(
          trx,
          id,
          { paidOn, amount, reference },
          {
            staffId: staff.staffId,
            today: TODAY,
            requestId: null,
          },
        ),
      );
    await expect(pay('245,11', doc.number)).rejects.toThrow('invoice_payment_amount_mismatch');
    await expect(pay('245,12', 'RG-2026-999999')).rejects.toThrow(
      'invoice_payment_reference_mismatch',
    );
    await expect(pay('245,12', doc.number, '2026-12-04')).rejects.toThrow(
      'invoice_payment_date_invalid',
    );
    await expect(pay('abc', doc.number)).rejects.toThrow('invoice_payment_amount_invalid');
    const unpaid = await db
      .selectFrom('invoices')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(unpaid.status).toBe('unpaid');
    await pay('245,12', `Rēķins ${doc.number}`);
    const row = await db
      .selectFrom('invoices')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect([row.status, row.paid_on]).toEqual(['paid', '2026-12-02']);
    await expect(pay('245,12', doc.number)).rejects.toThrow('invoice_already_paid');
    await expect(
      db.updateTable('invoices').set({ paid_on: '2026-12-01' }).where('id', '=', id).execute(),
    ).rejects.toThrow(/append_only/);
  });
});

function serialOf(number: string): number {
  return Number(number.slice(-6));
}

describe('the monthly run', () => {
  it('stops on a tariff missing for a day in force, naming it, and makes nothing', async () => {
    await billedOrganisation(db, { validFrom: '2021-07-01', validUntil: '2021-07-31' });
    const error: unknown = await runInvoiceMonth(db, context, '2021-07').catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'tariff_missing',
      details: { code: 'state_fee_per_person', day: '2021-07-01' },
    });
    expect(await invoicesOfMonth('2021-07')).toEqual([]);
  });

  it('completes a run stopped half way when run again, and a rerun makes nothing new', async () => {
    const orgs = [];
    for (let i = 0; i < 4; i++) {
      orgs.push(
        await billedOrganisation(db, { validFrom: '2024-06-01', validUntil: '2024-06-30' }),
      );
    }
    const stopped = runInvoiceMonth(db, context, '2024-06', (made) => {
      if (made === 2) throw new Error('worker killed');
    });
    await expect(stopped).rejects.toThrow('worker killed');
    expect(await invoicesOfMonth('2024-06')).toHaveLength(2);
    const rest = await runInvoiceMonth(db, context, '2024-06');
    expect([rest.made.length, rest.existing]).toEqual([2, 2]);
    const again = await runInvoiceMonth(db, context, '2024-06');
    expect([again.made.length, again.existing]).toEqual([0, 4]);
    const rows = await invoicesOfMonth('2024-06');
    expect(rows.map((r) => r.organisation_id).sort()).toEqual(orgs.map((o) => o.id).sort());
    await expectGapless();
  });

  it('makes one invoice per organisation and a gapless series when two workers run the month at once', async () => {
    for (let round = 0; round < 3; round++) {
      const month = `2024-0${String(round + 1)}`;
      const orgs = [];
      for (let i = 0; i < 6; i++) {
        const last = month === '2024-02' ? '29' : '31';
        orgs.push(
          await billedOrganisation(db, {
            validFrom: `${month}-01`,
            validUntil: `${month}-${last}`,
          }),
        );
      }
      const [a, b] = await Promise.all([
        runInvoiceMonth(db, context, month),
        runInvoiceMonth(db, context, month),
      ]);
      expect(a.made.length + b.made.length).toBe(6);
      expect(a.existing + b.existing).toBe(6);
      const rows = await invoicesOfMonth(month);
      expect(new Set(rows.map((r) => r.organisation_id)).size).toBe(6);
      expect(rows).toHaveLength(6);
    }
    await expectGapless();
  });
});

/** Every number of the year's series, 1 to the last, each once. */
async function expectGapless(): Promise<void> {
  const rows = await db.selectFrom('invoices').select('number').where('year', '=', 2026).execute();
  const serials = rows.map((r) => serialOf(r.number)).sort((x, y) => x - y);
  expect(serials).toEqual(serials.map((_, i) => i + 1));
  const series = await db
    .selectFrom('invoice_number_series')
    .select('last')
    .where('year', '=', 2026)
    .executeTakeFirstOrThrow();
  expect(series.last).toBe(serials.length);
}

describe('what the meter and the chart read', () => {
  it('counts the users of each environment in force each day: browser users and connections', async () => {
    const clock = fixedClock('2026-12-03T10:00:00Z');
    const org = await billedOrganisation(db, {
      validFrom: '2026-11-01',
      validUntil: null,
      environments: ['test', 'production'],
    });
    await orgUserSession(db, clock, { organisationId: org.id, role: 'pdp_user' });
    await orgUserSession(db, clock, { organisationId: org.id, role: 'pdp_user' });
    await orgUserSession(db, clock, { organisationId: org.id, role: 'representative' });
    await countUsersToday(db, clock);
    const rows = await db
      .selectFrom('billing_daily_usage')
      .select(['environment', 'peak', 'day'])
      .where('organisation_id', '=', org.id)
      .where('metric', '=', 'users')
      .orderBy('environment')
      .execute();
    expect(rows).toEqual([
      { environment: 'production', peak: 2, day: '2026-12-03' },
      { environment: 'test', peak: 2, day: '2026-12-03' },
    ]);
  });

  it('sums billed amounts by month and line type, credit notes counting negative', async () => {
    // The 24 months before this one: the month of TODAY is not over.
    const revenue = await revenueByMonth(db, { months: monthsUpTo('2026-11-01', 24) });
    expect(revenue).toHaveLength(24);
    expect(revenue[0]?.month).toBe('2024-12');
    expect(revenue.at(-1)?.month).toBe('2026-11');
    const june = revenue.find((r) => r.month === '2025-06');
    expect(june).toEqual({
      month: '2025-06',
      subscriptionCents: 14634,
      monitoringCents: 0,
      stateFeesCents: 0,
    });
  });
});
