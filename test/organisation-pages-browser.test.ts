import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANISATION_SECTIONS } from '../src/identity/service.ts';
import type { Clock } from '../src/platform/time/riga.ts';
import { draftFromRequest } from './support/agreement-forms.ts';
import { expectAccessible, launchBrowser } from './support/browser.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { makeDecidedRequest } from './support/requests.ts';
import { staffSession } from './support/staff.ts';

/**
 * A representative's pages in real Chromium without JavaScript: one navigation on every page of
 * theirs, the payee wherever money is asked for, and the price list the agreement's fees follow.
 */

const clock: Clock = { now: () => new Date('2026-11-24T10:00:00Z') };
let server: ListeningApp;
let browser: Browser;
let context: BrowserContext;
let agreement = '';

beforeAll(async () => {
  server = await startListeningApp({ clock });
  browser = await launchBrowser();
  const organisation = await makeOrganisation(server.db);
  const rep = await orgUserSession(server.db, clock, { organisationId: organisation.id });
  const officer = await staffSession(server.db, clock, 'pmlp_officer');
  const request = await makeDecidedRequest(server.db, { organisationId: organisation.id });
  agreement = await draftFromRequest(server.app, officer, request.reference, {
    validFrom: '2026-11-24',
  });
  context = await browser.newContext({ javaScriptEnabled: false, locale: 'lv-LV' });
  const [name = '', value = ''] = rep.cookie.split('=');
  await context.addCookies([{ name, value, url: server.base }]);
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

const representativeSections = ORGANISATION_SECTIONS.filter((s) =>
  s.roles.includes('representative'),
);

describe('an organisation representative', () => {
  it('finds the same navigation on every page, and the header’s name leads to the start page', async () => {
    const page = await context.newPage();
    const pages = [
      '/organizacijas',
      ...representativeSections.map((s) => s.path),
      `/organizacijas/ligumi/${agreement}`,
    ];
    for (const path of pages) {
      await page.goto(`${server.base}${path}`);
      const nav = page.locator('nav.site-nav');
      await expect(nav.count(), path).resolves.toBe(1);
      const hrefs = await nav
        .locator('a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs, path).toEqual(['/organizacijas', ...representativeSections.map((s) => s.path)]);
      const home = await page.locator('a.site-name').getAttribute('href');
      expect(new URL(home ?? '', server.base).pathname, path).toBe('/organizacijas');
    }
    // The part a page belongs to is marked as the current one.
    await expect(page.locator('nav.site-nav a[aria-current="page"]').textContent()).resolves.toBe(
      'Līgumi',
    );
    await expectAccessible(page);
    await page.close();
  });

  it('is told whom to pay and what to write on the balance page, marked as an example here', async () => {
    const page = await context.newPage();
    for (const [lang, words] of [
      ['lv', ['Saņēmējs', 'Paraugs', 'Konts (IBAN)', 'Maksājuma mērķis']],
      ['en', ['Payee', 'Example', 'Account (IBAN)', 'Payment reference']],
    ] as const) {
      await page.goto(`${server.base}/organizacijas/atlikums?lang=${lang}`);
      const payee = (await page.locator('.payee').textContent()) ?? '';
      for (const word of words) expect(payee).toContain(word);
      const { payee: settings } = server.config;
      expect(settings.example).toBe(true);
      expect(payee).toContain(settings.name);
      expect(payee).toContain(settings.registrationNumber);
      expect(payee).toContain(settings.bic);
      expect(payee).toContain('LV00 TREL 0000 0000 0000 0');
      expect(payee).toMatch(/\d{11}, valsts nodeva, priekšapmaksa/);
      await expectAccessible(page);
    }
    await page.close();
  });

  it('reads on the agreement the price list each fee line comes from, and the payee', async () => {
    const page = await context.newPage();
    await page.goto(`${server.base}/organizacijas/ligumi/${agreement}?lang=lv`);
    const priceList = page.locator('table.price-list');
    await expect(priceList.locator('caption').textContent()).resolves.toBe(
      'Cenrādis, pēc kura aprēķināta maksa',
    );
    const rows = await priceList.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(5);
    expect(rows[0]).toContain('MK noteikumi Nr. 562, 4. punkts');
    expect(rows[0]).toContain('cena spēkā no 2017. gada 1. oktobra');
    expect(rows[4]).toContain('MK noteikumi Nr. 485, 2.6. apakšpunkts');
    await expect(page.locator('.payee').textContent()).resolves.toContain('Rēķina numurs');
    await expectAccessible(page);
    await page.goto(`${server.base}/organizacijas/ligumi/${agreement}?lang=en`);
    await expect(
      page.locator('table.price-list tbody tr').first().textContent(),
    ).resolves.toContain('price in force from 1 October 2017');
    await page.close();
  });
});
