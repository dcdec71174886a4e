import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chargeStateFee, recordDeposit } from '../src/billing/service.ts';
import { rigaDate, type Clock } from '../src/platform/time/riga.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { makeOrganisation } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';

/** The revenue chart in real Chromium without JavaScript, in both languages, checked by axe. */

// The ledger stamps fees with the database's clock, so the page's months follow the real one.
const clock: Clock = { now: () => new Date() };
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

async function noScript(cookie: string, locale: string): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale });
  const [name = '', value = ''] = cookie.split('=');
  await context.addCookies([{ name, value, url: server.base }]);
  return context;
}

describe('the revenue chart in a real browser', () => {
  it(
    'draws without JavaScript, names its picture and passes axe',
    { timeout: 240_000 },
    async () => {
      const org = await makeOrganisation(server.db);
      await server.db.transaction().execute(async (trx) => {
        await recordDeposit(trx, {
          organisationId: org.id,
          amountCents: 5_000,
          bankReference: 'browser-chart',
          staffId: null,
        });
        await chargeStateFee(trx, {
          organisationId: org.id,
          amountCents: 1_200,
          reference: 'browser-chart-fee',
          idempotencyKey: 'browser-chart-fee',
          today: rigaDate(new Date()),
        });
      });
      const officer = await staffSession(server.db, clock, 'pmlp_officer');
      for (const [locale, lang, name, summary] of [
        ['lv-LV', 'lv', 'Ieņēmumi pa mēnešiem', 'Skaitļi tabulā'],
        ['en-GB', 'en', 'Revenue by month', 'Figures as a table'],
      ] as const) {
        const context = await noScript(officer.cookie, locale);
        try {
          const page = await context.newPage();
          await page.goto(`${server.base}/darbinieki/ienemumi?lang=${lang}`);
          const chart = page.getByRole('img', { name: new RegExp(name) });
          await expect(chart.count()).resolves.toBe(1);
          const box = await chart.boundingBox();
          expect(box?.width ?? 0).toBeGreaterThan(300);
          expect(box?.height ?? 0).toBeGreaterThan(100);
          await expect(page.locator('svg[role="img"] rect').count()).resolves.toBe(1);

          // The figures open as a table without a script.
          await clickThrough(page.getByText(summary));
          const table = page.getByRole('table');
          await expect(table.isVisible()).resolves.toBe(true);
          await expect(table.locator('tbody tr').count()).resolves.toBe(12);
          await expect(table.locator('tbody tr').last().textContent()).resolves.toContain('12');
          await expectAccessible(page);
        } finally {
          await context.close();
        }
      }
    },
  );
});
