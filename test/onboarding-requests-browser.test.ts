import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../src/platform/time/riga.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { openScope } from './support/requests.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';

/**
 * The motivated request as a representative and an officer use it: real Chromium without
 * JavaScript, in Latvian and in English, with an accessibility check on every page.
 */

const clock: Clock = { now: () => new Date('2026-03-02T08:00:00Z') };
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

const TEXTS = {
  lv: {
    save: 'Saglabāt un turpināt',
    problem: 'Lūdzu, izlabojiet kļūdas',
    scopeRequired: 'Izvēlieties vismaz vienu datu apjomu.',
    check: 'Pārbaudiet pieprasījumu pirms iesniegšanas',
    submit: 'Iesniegt',
    done: 'Pieprasījums iesniegts',
    deadline: 'līdz 2026. gada 15. aprīlim',
  },
  en: {
    save: 'Save and continue',
    problem: 'There is a problem',
    scopeRequired: 'Choose at least one data scope.',
    check: 'Check your request before submitting it',
    submit: 'Submit',
    done: 'Request submitted',
    deadline: '15 April 2026',
  },
} as const;

describe('the request journey in a real browser', () => {
  let references: string[] = [];

  for (const locale of ['lv', 'en'] as const) {
    it(
      `form, check answers, submit and confirmation in ${locale}`,
      { timeout: 180_000 },
      async () => {
        const text = TEXTS[locale];
        const org = await makeOrganisation(server.db);
        const me = await orgUserSession(server.db, clock, { organisationId: org.id });
        const context = await signedIn(me.cookie);
        const page = await context.newPage();
        await page.goto(`${server.base}/organizacijas/pieprasijumi/jauns?lang=${locale}`);
        await expectAccessible(page);

        await clickThrough(page.getByRole('button', { name: text.save }));
        await expect(page.locator('.error-summary h2').textContent()).resolves.toBe(text.problem);
        await expect(page.locator('.error-summary').textContent()).resolves.toContain(
          text.scopeRequired,
        );
        await expectAccessible(page);

        await page.locator('#scope_identity').check();
        await page.locator('#law_identity').fill('Fizisko personu reģistra likums');
        await page.locator('#article_identity').fill('11. panta pirmā daļa');
        await page.locator('#purpose_identity').fill('Klientu identitātes pārbaude');
        // Only the scope with the problem opened; the others stay closed until asked for.
        await expect(page.locator('#law_addresses').isVisible()).resolves.toBe(false);
        await openScope(page, 'addresses');
        await page.locator('#scope_addresses').check();
        await page.locator('#law_addresses').fill('Kredītiestāžu likums');
        await page.locator('#article_addresses').fill('62. pants');
        await clickThrough(page.getByRole('button', { name: text.save }));
        // The missing purpose is named, and what was typed is kept.
        await expect(page.locator('#purpose_addresses-error').isVisible()).resolves.toBe(true);
        await expect(page.locator('#law_addresses').inputValue()).resolves.toBe(
          'Kredītiestāžu likums',
        );
        await page.locator('#purpose_addresses').fill('Saziņa ar klientu');
        await page.locator('#env_production').check();
        await page.locator('#pdpUsers').fill('2');
        await page.locator('#systemConnections').fill('1');
        await page.locator('#monitoring_yes').check();
        await page.locator('#monitoringPersons').fill('1500');
        await clickThrough(page.getByRole('button', { name: text.save }));

        await expect(page.locator('h1').textContent()).resolves.toBe(text.check);
        expect(page.url()).toMatch(/\/organizacijas\/pieprasijumi\/\d+\/parbaudit$/);
        await expectAccessible(page);
        // "Mainīt" goes back to the field, with the answers kept.
        await clickThrough(page.locator(`a[href$="#law_addresses"]`));
        await expect(page.locator('#law_addresses').inputValue()).resolves.toBe(
          'Kredītiestāžu likums',
        );
        await page.locator('#pdpUsers').fill('3');
        await clickThrough(page.getByRole('button', { name: text.save }));
        await expect(page.locator('h1').textContent()).resolves.toBe(text.check);

        await clickThrough(page.getByRole('button', { name: text.submit, exact: true }));
        await expect(page.locator('h1').textContent()).resolves.toBe(text.done);
        const reference = (await page.locator('.panel-confirmation strong').textContent()) ?? '';
        expect(reference).toMatch(/^PP-2026-\d{6}$/);
        await expect(page.locator('main').textContent()).resolves.toContain(text.deadline);
        await expectAccessible(page);
        references = [...references, reference];

        await page.goto(`${server.base}/organizacijas/pieprasijumi`);
        await expect(page.locator('main').textContent()).resolves.toContain(reference);
        await expectAccessible(page);
        await context.close();
      },
    );
  }

  it('the officer’s queue and request page', { timeout: 120_000 }, async () => {
    expect(references.length).toBeGreaterThan(0);
    const officer = await staffSession(server.db, clock, 'pmlp_officer');
    const context = await signedIn(officer.cookie);
    const page = await context.newPage();
    await page.goto(`${server.base}/darbinieki/pieprasijumi`);
    await expectAccessible(page);
    const reference = references[0] ?? '';
    await clickThrough(page.getByRole('link', { name: reference }));
    await expect(page.locator('h1').textContent()).resolves.toBe(`Pieprasījums ${reference}`);
    await expectAccessible(page);
    // A decision without a reason is refused, and the page still passes.
    await clickThrough(page.getByRole('button', { name: 'Saglabāt lēmumu: Personas identitāte' }));
    await expect(page.locator('.error-summary').textContent()).resolves.toContain(
      'Norādiet lēmuma pamatojumu',
    );
    await page.goto(`${server.base}/darbinieki/kalendars`);
    await expectAccessible(page);
    await context.close();
  });
});
