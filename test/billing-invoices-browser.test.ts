import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEuro } from '../src/agreements/service.ts';
import { invoiceDocument, issueMonthInvoice } from '../src/billing/service.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';
import { fixedClock } from './support/app.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { billedOrganisation, issueContext } from './support/invoices.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { orgUserSession } from './support/organisations.ts';
import { signInAsStaff } from './support/sign-in.ts';
import { staffWithAuthenticator } from './support/staff.ts';

/**
 * The invoices in real Chromium without JavaScript: the organisation's page and its PDF in both
 * languages, and the back office's list, overdue list and payment form, each checked by axe.
 */

const clock = fixedClock('2026-12-03T10:00:00Z');
let server: ListeningApp;
let browser: Browser;
let organisationId = 0;
let november = { number: '', totalCents: 0 };
let overdueNumber = '';

/** Issues the month's invoice on `today` and answers its number and total. */
async function issued(orgId: number, month: string, today: string) {
  const outcome = await inTransaction(server.db, (trx) =>
    issueMonthInvoice(trx, issueContext(today), orgId, month),
  );
  if (!outcome.made) throw new Error(`no invoice for ${month}`);
  const document = await invoiceDocument(server.db, outcome.invoiceId);
  const row = await server.db
    .selectFrom('invoices')
    .select('total_cents')
    .where('id', '=', outcome.invoiceId)
    .executeTakeFirstOrThrow();
  return { number: document.number, totalCents: row.total_cents };
}

beforeAll(async () => {
  server = await startListeningApp({ clock });
  browser = await launchBrowser();
  const org = await billedOrganisation(server.db, {
    validFrom: '2026-11-01',
    validUntil: '2026-11-30',
  });
  organisationId = org.id;
  november = await issued(org.id, '2026-11', '2026-12-03');
  // September's invoice, issued on 1 October, was due by 31 October and is not paid.
  const late = await billedOrganisation(server.db, {
    validFrom: '2026-09-01',
    validUntil: '2026-09-30',
  });
  overdueNumber = (await issued(late.id, '2026-09', '2026-10-01')).number;
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function noScript(locale: string, cookie?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale });
  if (cookie !== undefined) {
    const [name = '', value = ''] = cookie.split('=');
    await context.addCookies([{ name, value, url: server.base }]);
  }
  return context;
}

describe('invoices in a real browser', () => {
  it(
    'shows a representative the issued invoice with its due date and example payee, and downloads the PDF',
    { timeout: 240_000 },
    async () => {
      const me = await orgUserSession(server.db, clock, { organisationId });
      for (const [locale, lang, issuedText, due, example, pdfLabel] of [
        ['lv-LV', 'lv', 'Izrakstīts', 'Apmaksas termiņš', 'Piemērs:', 'PDF, rēķins'],
        ['en-GB', 'en', 'Issued', 'Due', 'Example:', 'PDF, invoice'],
      ] as const) {
        const context = await noScript(locale, me.cookie);
        try {
          const page = await context.newPage();
          await page.goto(`${server.base}/organizacijas/rekini?lang=${lang}`);
          const row = page.getByRole('row', { name: new RegExp(november.number) });
          await expect(row.count()).resolves.toBe(1);
          const cells = await row.getByRole('cell').allTextContents();
          expect(cells).toContain(issuedText);
          expect(cells).toContain('2027-01-02');
          expect(cells).toContain(formatEuro(november.totalCents, lang));
          await expect(
            page.getByRole('columnheader', { name: due, exact: true }).count(),
          ).resolves.toBe(1);
          await expect(page.getByRole('note').textContent()).resolves.toContain(example);
          await expectAccessible(page);

          const link = page.getByRole('link', { name: `${pdfLabel} ${november.number}` });
          const href = await link.getAttribute('href');
          const response = await context.request.get(`${server.base}${href ?? ''}`);
          expect(response.status()).toBe(200);
          expect(response.headers()['content-type']).toBe('application/pdf');
          const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
          expect(download.suggestedFilename()).toBe(`${november.number}.pdf`);
          const bytes = await readFile(await download.path());
          expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        } finally {
          await context.close();
        }
      }
    },
  );

  it(
    'lets an officer filter the back office list, see the totals and overdue list, and mark an invoice paid from a statement line',
    { timeout: 240_000 },
    async () => {
      const officer = await staffWithAuthenticator(server, {
        name: 'Ilze Bērziņa',
        email: `invoices.${process.pid}@pmlp.example.lv`,
        role: 'pmlp_officer',
        password: 'correct horse battery staple',
      });
      const context = await noScript('lv-LV');
      try {
        const page = await context.newPage();
        await signInAsStaff(page, server.base, officer, clock.now());
        await page.goto(`${server.base}/darbinieki/rekini`);
        await expectAccessible(page);

        // The filter narrows the list to November; the totals follow it.
        const form = (heading: string) =>
          page.locator('form', { has: page.getByRole('heading', { name: heading }) });
        await form('Atlasīt').getByLabel('Mēnesis (GGGG-MM)').fill('2026-11');
        await clickThrough(form('Atlasīt').getByRole('button', { name: 'Rādīt' }));
        expect(new URL(page.url()).searchParams.get('menesis')).toBe('2026-11');
        const amount = formatEuro(november.totalCents, 'lv');
        const main = page.getByRole('main');
        await expect(main.textContent()).resolves.toContain(
          `1 dokumenti, kopā ${amount} EUR, neapmaksāti ${amount} EUR`,
        );
        const list = page.getByRole('table', { name: 'Rēķini pa mēnešiem, jaunākie vispirms' });
        await expect(
          list.getByRole('row', { name: new RegExp(november.number) }).count(),
        ).resolves.toBe(1);
        await expect(list.getByText(overdueNumber).count()).resolves.toBe(0);
        const staffPdf = await list
          .getByRole('link', { name: `PDF, rēķins ${november.number}` })
          .getAttribute('href');
        const pdf = await context.request.get(`${server.base}${staffPdf ?? ''}`);
        expect(pdf.headers()['content-type']).toBe('application/pdf');
        const overdue = page.getByRole('table', { name: 'Kavētie rēķini' });
        await expect(
          overdue
            .getByRole('row', { name: new RegExp(overdueNumber) })
            .getByText('Kavēts')
            .count(),
        ).resolves.toBe(1);
        await expectAccessible(page);

        // A statement line whose amount does not match is refused at the form, changing nothing.
        const pay = async (sum: string) => {
          const payment = form('Atzīmēt apmaksu');
          await payment.getByLabel('Maksājuma datums').fill('2026-12-02');
          await payment.getByLabel('Summa, EUR').fill(sum);
          await payment.getByLabel('Maksājuma mērķis').fill(`Rekins ${november.number} abonesana`);
          await clickThrough(payment.getByRole('button', { name: 'Atzīmēt apmaksu' }));
        };
        await pay('1,00');
        // The refusal answers the post itself, so there is no address for axe to open again.
        await expect(
          page.getByRole('alert', { name: 'Lūdzu, izlabojiet kļūdas' }).textContent(),
        ).resolves.toContain('neatbilst');

        await pay(amount);
        await expect(page.getByRole('status').textContent()).resolves.toContain(
          'Rēķins atzīmēts kā apmaksāts.',
        );
        const paidRow = page
          .getByRole('table', { name: 'Rēķini pa mēnešiem, jaunākie vispirms' })
          .getByRole('row', { name: new RegExp(november.number) });
        await expect(paidRow.getByRole('cell', { name: 'Apmaksāts' }).count()).resolves.toBe(1);
        await expect(main.textContent()).resolves.toContain('neapmaksāti 0,00 EUR');
        await expectAccessible(page);
      } finally {
        await context.close();
      }
    },
  );
});
