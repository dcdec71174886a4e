import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActiveOrgUser } from '../src/identity/service.ts';
import { totpCode } from '../src/identity/totp.ts';
import { loadDemoOrganisation } from '../src/demo-organisation.ts';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { makePerson, nextPersonalCode } from './support/factories.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { makeConcludedAgreement } from './support/agreements.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { systemClock } from '../src/platform/time/riga.ts';

let server: ListeningApp;
let browser: Browser;

beforeAll(async () => {
  server = await startListeningApp();
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser.close();
  await server.close();
}, 60_000);

/**
 * The search result is the answer to a POST and has no address to open again, so axe checks the
 * very page the browser shows: its HTML is served at the same address in a context with
 * JavaScript (which axe needs), with the site's stylesheet loaded as usual.
 */
async function expectAccessibleAnswer(page: Page): Promise<void> {
  const html = await page.content();
  const own = await browser.newContext({ locale: 'lv-LV' });
  try {
    await own.addCookies(await page.context().cookies());
    const checked = await own.newPage();
    const url = page.url();
    await checked.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await checked.goto(url);
    const results = await new AxeBuilder({ page: checked }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      url,
    ).toEqual([]);
  } finally {
    await own.close();
  }
}

const TEXTS = {
  lv: {
    email: 'E-pasta adrese',
    password: 'Parole',
    code: 'Kods no autentifikācijas lietotnes',
    signIn: 'Pieteikties',
    title: 'Personu datu pārlūks',
    fee: 'valsts nodeva EUR 2,00',
    balance: 'EUR 100,00',
    endUser: 'Lietas numurs vai pamatojums',
    personalCode: 'Personas kods',
    search: 'Meklēt',
    result: 'Meklēšanas rezultāts',
    problem: 'Lūdzu, izlabojiet kļūdas',
    balanceAfter: 'EUR 98,00',
    scope: 'Adreses',
  },
  en: {
    email: 'E-mail address',
    password: 'Password',
    code: 'Code from the authenticator app',
    signIn: 'Sign in',
    title: 'Person Data Browser',
    fee: 'state fee of EUR 2.00',
    balance: 'EUR 98.00',
    endUser: 'Case number or justification',
    personalCode: 'Personal code',
    search: 'Search',
    result: 'Search result',
    problem: 'There is a problem',
    balanceAfter: 'EUR 96.00',
    scope: 'Addresses',
  },
} as const;

describe('the Person Data Browser in a real browser without JavaScript', () => {
  it(
    'a browser user signs in with a TOTP code, searches and sees the result, in Latvian and English',
    { timeout: 480_000 },
    async () => {
      const envelope = createEnvelope(server.config.secrets.encryptionKey);
      const demo = await loadDemoOrganisation(server.db, server.config, envelope);
      const organisation = await server.db
        .selectFrom('organisations')
        .select('id')
        .where('registration_number', '=', '40009900004')
        .executeTakeFirstOrThrow();
      // A second browser user, so the English run signs in with a TOTP code of its own.
      const english = {
        email: `browser.en.${process.pid}@demo-sia.lv`,
        password: 'correct horse battery staple',
        totpSecretBase32: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      };
      await createActiveOrgUser(server.db, envelope, {
        organisationId: organisation.id,
        name: 'Emma English',
        role: 'pdp_user',
        responsible: false,
        ...english,
      });
      const code = nextPersonalCode('1979-09-30');
      await makePerson(server.db, {
        personalCode: code,
        givenNames: 'Marta',
        surname: 'Pārlūkdate',
        birthDate: '1979-09-30',
      });

      const runs = [
        { locale: 'lv' as const, user: demo.browserUser },
        { locale: 'en' as const, user: english },
      ];
      for (const { locale, user } of runs) {
        const text = TEXTS[locale];
        const context = await browser.newContext({
          javaScriptEnabled: false,
          locale: locale === 'lv' ? 'lv-LV' : 'en-GB',
        });
        const page = await context.newPage();

        // Not signed in: the browser is sent to the organisations' sign-in and back.
        await page.goto(`${server.base}/personu-datu-parluks?lang=${locale}`);
        expect(new URL(page.url()).pathname).toBe('/organizacijas/pieteikties');
        await expectAccessible(page);
        await page.getByLabel(text.email).fill(user.email);
        await page.getByLabel(text.password).fill(user.password);
        await page.getByLabel(text.code).fill(totpCode(user.totpSecretBase32, new Date()));
        await clickThrough(page.getByRole('button', { name: text.signIn }));
        expect(new URL(page.url()).pathname).toBe('/personu-datu-parluks');
        await expect(page.locator('h1').textContent()).resolves.toBe(text.title);
        const notice = (await page.locator('.notice').textContent()) ?? '';
        expect(notice).toContain(text.fee);
        expect(notice).toContain(text.balance);
        await expectAccessible(page);

        // The case is required: the form comes back with an error summary and the code kept.
        await page.getByLabel(text.personalCode, { exact: true }).fill(code);
        await clickThrough(page.getByRole('button', { name: text.search }));
        await expect(page.locator('.error-summary h2').textContent()).resolves.toBe(text.problem);
        await expect(
          page.getByLabel(text.personalCode, { exact: true }).inputValue(),
        ).resolves.toBe(code);
        expect(page.url()).not.toContain(code);
        await expectAccessibleAnswer(page);

        await page.getByLabel(text.endUser).fill(`Lieta ${locale}-1`);
        await clickThrough(page.getByRole('button', { name: text.search }));
        await expect(page.locator('h1').textContent()).resolves.toBe(text.result);
        // Post/redirect/get: the result has an address of its own, and reloading it shows the
        // kept result without searching or charging again.
        expect(page.url()).toMatch(/\/personu-datu-parluks\/rezultats\/[\w-]{22}$/);
        for (const shown of ['first', 'reloaded']) {
          if (shown === 'reloaded') await page.reload();
          await expect(page.locator('h1').textContent()).resolves.toBe(text.result);
          await expect(page.locator('h2', { hasText: 'Marta Pārlūkdate' }).count()).resolves.toBe(
            1,
          );
          await expect(page.locator('h3', { hasText: text.scope }).count()).resolves.toBe(1);
          await expect(page.locator('#atlikums-pec').textContent()).resolves.toBe(
            text.balanceAfter,
          );
        }
        await expectAccessibleAnswer(page);
        await context.close();
      }
    },
  );

  it(
    'the page of an organisation without an agreement, and the purpose chooser, pass axe',
    { timeout: 240_000 },
    async () => {
      const without = await makeOrganisation(server.db);
      const lone = await orgUserSession(server.db, systemClock, {
        organisationId: without.id,
        role: 'pdp_user',
      });
      const twoPurposes = await makeOrganisation(server.db);
      const agreement = await makeConcludedAgreement(server.db, twoPurposes.id, {
        environments: ['production'],
        scopes: ['identity'],
      });
      await server.db
        .insertInto('agreement_grants')
        .values({
          agreement_id: agreement.id,
          scope: 'death',
          legal_basis_law: 'Apdrošināšanas līguma likums',
          legal_basis_article: '12. pants',
          purpose: 'Apdrošināšanas atlīdzību izmaksa',
        })
        .execute();
      const chooser = await orgUserSession(server.db, systemClock, {
        organisationId: twoPurposes.id,
        role: 'pdp_user',
      });
      for (const [user, heading] of [
        [lone, 'Organizācijai nav spēkā esoša līguma'],
        [chooser, 'Personu datu pārlūks'],
      ] as const) {
        const context = await browser.newContext({ javaScriptEnabled: false, locale: 'lv-LV' });
        const [name = '', value = ''] = user.cookie.split('=');
        await context.addCookies([{ name, value, url: server.base }]);
        const page = await context.newPage();
        await page.goto(`${server.base}/personu-datu-parluks`);
        await expect(page.locator('h1').textContent()).resolves.toBe(heading);
        await expectAccessible(page);
        if (user === chooser) {
          await page.getByLabel('Izmantošanas mērķis').selectOption('Klientu identifikācija');
          await clickThrough(page.getByRole('button', { name: 'Izvēlēties mērķi' }));
          await expect(page.getByLabel(/^Personas identitāte/).count()).resolves.toBe(1);
          await expect(page.getByLabel(/^Miršanas dati/).count()).resolves.toBe(0);
          await expectAccessible(page);
        }
        await context.close();
      }
    },
  );
});
