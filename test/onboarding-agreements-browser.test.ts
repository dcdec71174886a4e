import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from './support/app.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { makeDecidedRequest } from './support/requests.ts';
import { staffSession } from './support/staff.ts';

const clock = fixedClock('2026-11-24T10:00:00Z');
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

/** A browser without JavaScript, signed in with the session the cookie header carries. */
async function signedInContext(cookie: string, locale = 'lv-LV'): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale });
  const [name = '', value = ''] = cookie.split('=');
  await context.addCookies([{ name, value, url: server.base }]);
  return context;
}

describe('negotiating an agreement in a real browser without JavaScript', () => {
  it(
    'staff draft, the organisation edits, staff compare, both approve; every page passes axe',
    { timeout: 480_000 },
    async () => {
      const org = await makeOrganisation(server.db, { name: 'SIA "Pārlūka Tests"' });
      const rep = await orgUserSession(server.db, clock, {
        organisationId: org.id,
        name: 'Ilze Pārstāve',
      });
      const officer = await staffSession(server.db, clock, 'pmlp_officer');
      const request = await makeDecidedRequest(server.db, { organisationId: org.id });
      const staffContext = await signedInContext(officer.cookie);
      const orgContext = await signedInContext(rep.cookie);
      const staffPage = await staffContext.newPage();
      const orgPage = await orgContext.newPage();

      // Staff draft the agreement from the decided request.
      await staffPage.goto(`${server.base}/darbinieki/ligumi`);
      await expectAccessible(staffPage);
      await clickThrough(
        staffPage.getByRole('link', { name: `Sagatavot līgumu ${request.reference}` }),
      );
      await expect(staffPage.locator('h1').textContent()).resolves.toBe('Sagatavot līgumu');
      await expectAccessible(staffPage);
      await staffPage
        .getByLabel('Atļauta meklēšana pēc vārda, uzvārda un dzimšanas datuma')
        .check();
      await clickThrough(staffPage.getByRole('button', { name: 'Sagatavot līguma projektu' }));
      await expect(staffPage.getByRole('status').textContent()).resolves.toContain(
        'Līguma projekts ir sagatavots',
      );
      const reference = /LIG-\d{4}-\d{6}/.exec(staffPage.url())?.[0] ?? '';
      expect(reference).not.toBe('');
      await expectAccessible(staffPage);

      // The organisation reads the fees and writes version 2.
      await orgPage.goto(`${server.base}/organizacijas/ligumi`);
      await expectAccessible(orgPage);
      await clickThrough(orgPage.getByRole('link', { name: reference }));
      await expect(orgPage.locator('h1').textContent()).resolves.toBe(`Līgums ${reference}`);
      await expect(orgPage.locator('#maksa').textContent()).resolves.toBe('Maksa');
      // The permission ticked by PMLP is there to read before approving.
      await expect(
        orgPage
          .getByRole('row', { name: /Meklēšana pēc vārda, uzvārda un dzimšanas datuma/ })
          .getByRole('cell')
          .textContent(),
      ).resolves.toBe('atļauta');
      await expectAccessible(orgPage);
      const text = orgPage.getByLabel('2. versijas teksts');
      const original = await text.inputValue();
      await text.fill(original.replace('uz nenoteiktu laiku', 'līdz 2028-12-31'));
      await clickThrough(orgPage.getByRole('button', { name: 'Saglabāt jaunu versiju' }));
      await expect(orgPage.getByRole('status').textContent()).resolves.toContain(
        'Jaunā versija ir saglabāta',
      );
      await expect(orgPage.getByText('Pēdējo versiju rakstījāt jūs').count()).resolves.toBe(1);
      await expectAccessible(orgPage);

      // Staff compare version 1 with 2, then approve 2.
      await staffPage.goto(`${server.base}/darbinieki/ligumi/${reference}`);
      await clickThrough(staffPage.getByRole('link', { name: '1. ar 2. versiju' }));
      await expect(staffPage.locator('ins').first().textContent()).resolves.toBe(
        '[pievienots: līdz]',
      );
      await expect(staffPage.locator('del').allTextContents()).resolves.toContain(
        '[dzēsts: nenoteiktu laiku]',
      );
      await expectAccessible(staffPage);
      await clickThrough(staffPage.getByRole('link', { name: 'Atpakaļ uz līgumu' }));
      await clickThrough(staffPage.getByRole('button', { name: 'Apstiprināt 2. versiju' }));
      await expect(staffPage.getByRole('status').textContent()).resolves.toContain(
        'Gaidām otras puses',
      );
      await expectAccessible(staffPage);

      // The organisation approves in English, and the agreement is concluded.
      await orgPage.goto(`${server.base}/organizacijas/ligumi/${reference}?lang=en`);
      await expect(orgPage.locator('h1').textContent()).resolves.toBe(`Agreement ${reference}`);
      await expect(orgPage.getByText('The other side has approved it.').count()).resolves.toBe(1);
      await expectAccessible(orgPage);
      await clickThrough(orgPage.getByRole('button', { name: 'Approve version 2' }));
      await expect(orgPage.getByRole('status').textContent()).resolves.toBe(
        'The agreement is concluded.',
      );
      await expect(orgPage.locator('h2').allTextContents()).resolves.toContain(
        'Concluded text (version 2)',
      );
      await expect(orgPage.getByRole('button', { name: /Approve/ }).count()).resolves.toBe(0);
      await expectAccessible(orgPage);

      const row = await server.db
        .selectFrom('agreements')
        .select(['status', 'concluded_version'])
        .where('reference', '=', reference)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'concluded', concluded_version: 2 });
      await staffContext.close();
      await orgContext.close();
    },
  );
});
