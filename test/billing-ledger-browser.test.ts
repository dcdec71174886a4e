import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chargeStateFee } from '../src/billing/service.ts';
import type { Clock } from '../src/platform/time/riga.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';

/**
 * The prepaid state fee as staff and an organisation use it: real Chromium without JavaScript,
 * an officer recording a bank transfer (in Latvian) and the organisation's representative seeing
 * it on the balance page (in English), with an accessibility check on every page.
 */

const clock: Clock = { now: () => new Date('2026-11-24T10:00:00Z') };
let server: ListeningApp;
let browser: Browser;

beforeAll(async () => {
  server = await startListeningApp({ clock });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function signedIn(cookie: string): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'lv-LV' });
  const [name = '', value = ''] = cookie.split('=');
  await context.addCookies([{ name, value, url: server.base }]);
  return context;
}

/**
 * A page that only a form post shows (an error summary, the check page): `expectAccessible`
 * opens the address again with GET, so here the same steps run in a context with JavaScript (axe
 * is a script) and the same session, and axe checks the page they end on.
 */
async function expectAccessibleAfter(
  from: BrowserContext,
  steps: (page: Page) => Promise<void>,
): Promise<void> {
  const own = await browser.newContext({ locale: 'lv-LV' });
  try {
    await own.addCookies(await from.cookies());
    const page = await own.newPage();
    await steps(page);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      page.url(),
    ).toEqual([]);
  } finally {
    await own.close();
  }
}

describe('the prepaid balance in a real browser', () => {
  it(
    'an officer records a deposit and the organisation sees it',
    { timeout: 480_000 },
    async () => {
      const org = await makeOrganisation(server.db, { name: 'SIA "Pārlūka Banka"' });
      const officer = await staffSession(server.db, clock, 'pmlp_officer');
      const staffContext = await signedIn(officer.cookie);
      const staffPage = await staffContext.newPage();

      // From the organisation's page, with its register number prefilled.
      await staffPage.goto(`${server.base}/darbinieki/organizacijas/${org.id}`);
      await expect(staffPage.locator('main').textContent()).resolves.toContain('0,00 EUR');
      await expectAccessible(staffPage);
      await clickThrough(staffPage.getByRole('link', { name: /Reģistrēt iemaksu/ }));
      await expect(staffPage.locator('#registracijas_nr').inputValue()).resolves.toBe(
        org.registrationNumber,
      );
      await expectAccessible(staffPage);

      await staffPage.locator('#summa').fill('abc');
      await staffPage.locator('#atsauce').fill('LV-BANK-2026-001');
      await clickThrough(staffPage.getByRole('button', { name: 'Turpināt' }));
      await expect(staffPage.locator('.error-summary h2').textContent()).resolves.toBe(
        'Lūdzu, izlabojiet kļūdas',
      );
      await expect(staffPage.locator('.error-summary').textContent()).resolves.toContain(
        'Iemaksas summai jābūt pozitīvai',
      );
      await expect(staffPage.locator('#summa').inputValue()).resolves.toBe('abc');
      await expect(staffPage.locator('#atsauce').inputValue()).resolves.toBe('LV-BANK-2026-001');
      const form = (summa: string) =>
        `${server.base}/darbinieki/iemaksas?${new URLSearchParams({
          registracijas_nr: org.registrationNumber,
          summa,
          atsauce: 'LV-BANK-2026-001',
        }).toString()}`;
      await expectAccessibleAfter(staffContext, async (page) => {
        await page.goto(form('abc'));
        await clickThrough(page.getByRole('button', { name: 'Turpināt' }));
        await page.locator('.error-summary').waitFor();
      });

      await staffPage.locator('#summa').fill('250,50');
      await clickThrough(staffPage.getByRole('button', { name: 'Turpināt' }));
      await expect(staffPage.locator('h1').textContent()).resolves.toBe(
        'Pārbaudiet iemaksu pirms reģistrēšanas',
      );
      const summary = await staffPage.locator('.summary-list').textContent();
      expect(summary).toContain('SIA "Pārlūka Banka"');
      expect(summary).toContain('250,50 EUR');
      expect(summary).toContain('LV-BANK-2026-001');
      await expectAccessibleAfter(staffContext, async (page) => {
        await page.goto(form('250,50'));
        await clickThrough(page.getByRole('button', { name: 'Turpināt' }));
        await page.getByRole('button', { name: 'Reģistrēt iemaksu' }).waitFor();
      });
      // "Mainīt" goes back to the form with the answers kept.
      await clickThrough(staffPage.getByRole('button', { name: 'Mainīt' }));
      await expect(staffPage.locator('#summa').inputValue()).resolves.toBe('250,50');
      await clickThrough(staffPage.getByRole('button', { name: 'Turpināt' }));

      await clickThrough(staffPage.getByRole('button', { name: 'Reģistrēt iemaksu' }));
      await expect(staffPage.locator('h1').textContent()).resolves.toBe('Iemaksa reģistrēta');
      await expect(staffPage.locator('.panel-confirmation').textContent()).resolves.toContain(
        'LV-BANK-2026-001',
      );
      await expect(staffPage.locator('main').textContent()).resolves.toContain('250,50 EUR');
      await expectAccessible(staffPage);

      await clickThrough(staffPage.getByRole('link', { name: 'Reģistrēt vēl vienu iemaksu' }));
      await expect(staffPage.locator('table').textContent()).resolves.toContain('LV-BANK-2026-001');
      await expectAccessible(staffPage);
      await staffContext.close();

      // A state fee after the deposit, as a query would charge it.
      await server.db.transaction().execute((trx) =>
        chargeStateFee(trx, {
          organisationId: org.id,
          amountCents: 200,
          reference: 'browser-request-1',
          idempotencyKey: 'browser-request-1',
          today: '2026-11-24',
        }),
      );

      const rep = await orgUserSession(server.db, clock, { organisationId: org.id });
      const orgContext = await signedIn(rep.cookie);
      const orgPage = await orgContext.newPage();
      await orgPage.goto(`${server.base}/organizacijas?lang=en`);
      await clickThrough(orgPage.locator('main').getByRole('link', { name: 'Prepaid balance' }));
      await expect(orgPage.locator('h1').textContent()).resolves.toBe('Prepaid balance');
      await expect(orgPage.locator('.balance').textContent()).resolves.toBe('EUR 248.50');
      const rows = await orgPage.locator('table:not(.summary-list) tbody tr').allTextContents();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toContain('State fee');
      expect(rows[0]).toContain('browser-request-1');
      expect(rows[0]).toContain('-2.00');
      expect(rows[0]).toContain('248.50');
      expect(rows[1]).toContain('Deposit');
      expect(rows[1]).toContain('LV-BANK-2026-001');
      expect(rows[1]).toContain('+250.50');
      await expectAccessible(orgPage);

      await orgPage.getByLabel(/Send an e-mail when the balance drops below/).fill('ten');
      await clickThrough(orgPage.getByRole('button', { name: 'Save the threshold' }));
      await expect(orgPage.locator('.error-summary').textContent()).resolves.toContain(
        'The threshold must be an amount in euros',
      );
      await expect(orgPage.locator('#slieksnis').inputValue()).resolves.toBe('ten');
      await expectAccessibleAfter(orgContext, async (page) => {
        await page.goto(`${server.base}/organizacijas/atlikums?lang=en`);
        await page.locator('#slieksnis').fill('ten');
        await clickThrough(page.getByRole('button', { name: 'Save the threshold' }));
        await page.locator('.error-summary').waitFor();
      });
      await orgPage.locator('#slieksnis').fill('100.00');
      await clickThrough(orgPage.getByRole('button', { name: 'Save the threshold' }));
      await expect(orgPage.locator('[role=status]').textContent()).resolves.toBe(
        'The notice threshold is saved.',
      );
      await expect(orgPage.locator('#slieksnis').inputValue()).resolves.toBe('100.00');
      await orgContext.close();
    },
  );
});
