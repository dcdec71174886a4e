import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/identity/service.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { systemKey } from './support/connections.ts';
import { openScope } from './support/requests.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { mailsTo, movingClock, setupTokenFor } from './support/org-accounts.ts';
import { nextRegistrationNumber } from './support/organisations.ts';
import { signInAsStaff } from './support/sign-in.ts';
import { staffWithAuthenticator } from './support/staff.ts';

/**
 * The organisations' whole path as people click it, in real Chromium without JavaScript:
 * registering, setting up the account, the motivated request and its review, negotiating the
 * agreement, a production connection, and a Person Data Browser user who is locked out and let
 * back in. Every distinct page passes axe. One test, in steps, because each step needs the last.
 */

// A Monday; 30 working days later is 15 April 2026 (Easter falls in between).
const clock = movingClock('2026-03-02T08:00:00Z');
const TOTP_STEP_MS = 30_000;
let server: ListeningApp;
let browser: Browser;

// Starting the app and the browser takes long on a busy machine.
beforeAll(async () => {
  server = await startListeningApp({ clock });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser.close();
  await server.close();
}, 120_000);

/** A fresh browser without JavaScript, as the journey's people use it. */
function newContext(): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: false, locale: 'lv-LV' });
}

/**
 * axe on a page that answered a POST (check answers, a refused sign-in): opening its address
 * again would show another page, so the same HTML is served once to a context with JavaScript.
 */
async function expectAccessibleAnswer(page: Page): Promise<void> {
  const html = await page.content();
  const own = await browser.newContext({ locale: 'lv-LV' });
  try {
    await own.addCookies(await page.context().cookies());
    await own.route(
      page.url(),
      (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      { times: 1 },
    );
    const checked = await own.newPage();
    await checked.goto(page.url());
    const results = await new AxeBuilder({ page: checked }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      `${page.url()} (answer to a form)`,
    ).toEqual([]);
  } finally {
    await own.close();
  }
}

/** The next TOTP step: a step's code is accepted once per user. */
function nextTotpStep(): void {
  clock.advance(TOTP_STEP_MS);
}

const h1 = (page: Page) => page.locator('h1').textContent();
/** The back office's header navigation: its sections are linked from the start page's body too. */
const staffSections = (page: Page) =>
  page.getByRole('navigation', { name: 'Darba vietas sadaļas' });
const statusText = (page: Page) => page.getByRole('status').textContent();
const mainText = (page: Page) => page.locator('main').textContent();

/** The subjects of the mails queued for an address. */
async function subjectsTo(to: string): Promise<string[]> {
  return (await mailsTo(server.db, to)).map((m) => m.subject);
}

/** Signs in on the organisations' sign-in page with the code of the clock's present step. */
async function signInOrgUser(
  page: Page,
  who: { email: string; password: string; secret: string },
): Promise<void> {
  await page.goto(`${server.base}/organizacijas/pieteikties`);
  await page.getByLabel('E-pasta adrese').fill(who.email);
  await page.getByLabel('Parole').fill(who.password);
  await page
    .getByLabel('Kods no autentifikācijas lietotnes')
    .fill(totpCode(who.secret, clock.now()));
  await clickThrough(page.getByRole('button', { name: 'Pieteikties' }));
}

/** Completes the set-up page opened from the mailed link; answers the secret it showed. */
async function setUpAccount(page: Page, email: string, password: string): Promise<string> {
  const token = await setupTokenFor(server.db, email);
  await page.goto(`${server.base}/organizacijas/iestatit?zetons=${token}`);
  await expect(h1(page)).resolves.toBe('Konta iestatīšana');
  const secret = (await page.locator('code.totp-secret').getAttribute('data-secret')) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]+$/);
  await page.getByLabel('Jaunā parole').fill(password);
  await page.getByLabel('Parole vēlreiz').fill(password);
  await page.getByLabel('Kods no autentifikācijas lietotnes').fill(totpCode(secret, clock.now()));
  await clickThrough(page.getByRole('button', { name: 'Iestatīt kontu' }));
  return secret;
}

describe('an organisation’s whole path, in a real browser without JavaScript', () => {
  it(
    'registers, asks, negotiates, connects and manages its users; every page passes axe',
    { timeout: 1_200_000 },
    async () => {
      const registrationNumber = nextRegistrationNumber('private');
      const orgName = `SIA "Ceļa Tests ${registrationNumber.slice(-4)}"`;
      const noticeEmail = `pasts${registrationNumber}@cels.example.lv`;
      const rep = {
        name: 'Ilze Ceļotāja',
        email: `ilze${registrationNumber}@cels.example.lv`,
        password: 'garā parole ceļojumam 2026',
        secret: '',
      };
      const pdp = {
        name: 'Pēteris Pārlūks',
        email: `peteris${registrationNumber}@cels.example.lv`,
        password: 'pārlūka lietotāja parole 1',
        secret: '',
      };
      const officer = {
        name: 'Anna Inspektore',
        email: `anna${registrationNumber}@pmlp.example.lv`,
        password: 'correct horse battery staple',
      };

      // --- 1. The organisation registers itself: form, check answers, send. ---
      const orgContext = await newContext();
      const orgPage = await orgContext.newPage();
      await orgPage.goto(`${server.base}/organizacijas/registracija`);
      await expect(h1(orgPage)).resolves.toBe('Organizācijas reģistrācija');
      await expectAccessible(orgPage);
      await orgPage.getByLabel('Reģistrācijas numurs').fill(registrationNumber);
      await orgPage.getByLabel('Nosaukums').fill(orgName);
      await orgPage.getByLabel('Tiesiskais statuss').selectOption('private');
      await orgPage.getByLabel('Juridiskā adrese').fill('Brīvības iela 55, Rīga, LV-1010');
      await orgPage.getByLabel('E-pasts paziņojumiem').fill(noticeEmail);
      await orgPage.getByLabel('Kontaktpersonas vārds, uzvārds').fill('Jānis Kontakts');
      await orgPage
        .getByLabel('Kontaktpersonas e-pasts')
        .fill(`janis${registrationNumber}@cels.example.lv`);
      await orgPage.getByLabel('Pārstāvja vārds, uzvārds').fill(rep.name);
      await orgPage.getByLabel('Pārstāvja e-pasts').fill(rep.email);
      await clickThrough(orgPage.getByRole('button', { name: 'Turpināt' }));
      await expect(h1(orgPage)).resolves.toBe('Pārbaudiet atbildes');
      await expect(mainText(orgPage)).resolves.toContain(orgName);
      await expect(mainText(orgPage)).resolves.toContain('Privāto tiesību juridiskā persona');
      await expectAccessibleAnswer(orgPage);
      await clickThrough(orgPage.getByRole('button', { name: 'Apstiprināt un nosūtīt' }));
      await expect(h1(orgPage)).resolves.toBe('Reģistrācija saņemta');
      await expect(orgPage.locator('.panel-confirmation strong').textContent()).resolves.toBe(
        registrationNumber,
      );
      await expectAccessible(orgPage);
      await expect(subjectsTo(rep.email)).resolves.toEqual([
        'Reģistru vārteja: konta iestatīšana / Register Gateway: set up your account',
      ]);

      // --- 2. The representative sets up the account from the mailed link, then signs in. ---
      rep.secret = await setUpAccount(orgPage, rep.email, rep.password);
      await expect(h1(orgPage)).resolves.toBe('Organizācijas darba vieta');
      await expect(mainText(orgPage)).resolves.toContain(orgName);
      const setupAgain = await orgContext.newPage();
      await setupAgain.goto(
        `${server.base}/organizacijas/iestatit?zetons=${await setupTokenFor(server.db, rep.email)}`,
      );
      // The link is used up.
      await expect(h1(setupAgain)).resolves.not.toBe('Konta iestatīšana');
      await setupAgain.close();
      await orgContext.close();

      nextTotpStep();
      const repContext = await newContext();
      const repPage = await repContext.newPage();
      await repPage.goto(`${server.base}/organizacijas/pieteikties`);
      await expect(h1(repPage)).resolves.toBe('Organizāciju lietotāju pieteikšanās');
      await expectAccessible(repPage);
      await signInOrgUser(repPage, rep);
      expect(new URL(repPage.url()).pathname).toBe('/organizacijas');
      await expect(mainText(repPage)).resolves.toContain(rep.name);
      await expectAccessible(repPage);

      // --- 3. A motivated request: two scopes, both environments, 2 users, 1 connection. ---
      await clickThrough(
        repPage.locator('main').getByRole('link', { name: 'Pieprasījumi', exact: true }),
      );
      await expectAccessible(repPage);
      await repPage.goto(`${server.base}/organizacijas/pieprasijumi/jauns`);
      await expectAccessible(repPage);
      // Every scope is closed at first, so the form is short; a scope opens at its name.
      await expect(repPage.locator('#law_identity').isVisible()).resolves.toBe(false);
      expect(await repPage.evaluate(() => document.body.scrollHeight)).toBeLessThan(2500);
      await openScope(repPage, 'identity');
      await repPage.locator('#scope_identity').check();
      await repPage.locator('#law_identity').fill('Fizisko personu reģistra likums');
      await repPage.locator('#article_identity').fill('11. panta pirmā daļa');
      await repPage.locator('#purpose_identity').fill('Klientu identitātes pārbaude');
      await openScope(repPage, 'addresses');
      await repPage.locator('#scope_addresses').check();
      await repPage.locator('#law_addresses').fill('Kredītiestāžu likums');
      await repPage.locator('#article_addresses').fill('62. pants');
      await repPage.locator('#purpose_addresses').fill('Saziņa ar klientu');
      await repPage.getByLabel('Testa vide').check();
      await repPage.getByLabel('Produkcijas vide').check();
      await repPage.getByLabel('Personu datu pārlūka lietotāju skaits').fill('2');
      await repPage.getByLabel('Sistēmu pieslēgumu skaits').fill('1');
      await repPage.locator('#monitoring_no').check();
      await clickThrough(repPage.getByRole('button', { name: 'Saglabāt un turpināt' }));
      await expect(h1(repPage)).resolves.toBe('Pārbaudiet pieprasījumu pirms iesniegšanas');
      await expect(mainText(repPage)).resolves.toContain('Kredītiestāžu likums');
      await expectAccessible(repPage);
      await clickThrough(repPage.getByRole('button', { name: 'Iesniegt', exact: true }));
      await expect(h1(repPage)).resolves.toBe('Pieprasījums iesniegts');
      const requestRef = (await repPage.locator('.panel-confirmation strong').textContent()) ?? '';
      expect(requestRef).toMatch(/^PP-2026-\d{6}$/);
      await expect(mainText(repPage)).resolves.toContain('līdz 2026. gada 15. aprīlim');
      await expectAccessible(repPage);
      const requestPath = new URL(repPage.url()).pathname.replace(/\/iesniegts$/, '');
      await expect(subjectsTo(noticeEmail)).resolves.toContain(
        `Pieprasījums ${requestRef} saņemts / Request ${requestRef} received`,
      );

      // --- 4. A PMLP officer signs in in another browser and asks for clarification. ---
      const officerSignIn = await staffWithAuthenticator(server, {
        ...officer,
        role: 'pmlp_officer',
      });
      const staffContext = await newContext();
      const staffPage = await staffContext.newPage();
      await staffPage.goto(`${server.base}/darbinieki/pieteikties`);
      await expectAccessible(staffPage);
      await signInAsStaff(staffPage, server.base, officerSignIn, clock.now());
      await expect(h1(staffPage)).resolves.toBe('Darba vieta');
      await expectAccessible(staffPage);
      await clickThrough(
        staffSections(staffPage).getByRole('link', { name: 'Pieprasījumi', exact: true }),
      );
      await expectAccessible(staffPage);
      await clickThrough(staffPage.getByRole('link', { name: requestRef }));
      await expect(h1(staffPage)).resolves.toBe(`Pieprasījums ${requestRef}`);
      await expectAccessible(staffPage);
      await staffPage
        .getByLabel('Jautājums organizācijai')
        .fill('Lūdzu, precizējiet, kuriem klientiem adreses ir vajadzīgas.');
      await clickThrough(staffPage.getByRole('button', { name: 'Nosūtīt jautājumu' }));
      await expect(mainText(staffPage)).resolves.toContain('Gaida organizācijas precizējumu');
      await expect(subjectsTo(noticeEmail)).resolves.toContain(
        `Pieprasījums ${requestRef}: lūdzam precizēt / Request ${requestRef}: please clarify`,
      );

      // --- 5. The representative answers. ---
      await repPage.goto(`${server.base}${requestPath}`);
      await expect(h1(repPage)).resolves.toBe(`Pieprasījums ${requestRef}`);
      await expect(mainText(repPage)).resolves.toContain('kuriem klientiem adreses');
      await expectAccessible(repPage);
      await repPage
        .getByLabel('Jūsu atbilde')
        .fill('Adreses vajag tikai klientiem, kuriem sūtām līgumus pa pastu.');
      await clickThrough(repPage.getByRole('button', { name: 'Nosūtīt atbildi' }));
      await expect(repPage.getByText('PMLP lūdz precizēt', { exact: true }).count()).resolves.toBe(
        1,
      );
      await expect(repPage.getByLabel('Jūsu atbilde').count()).resolves.toBe(0);

      // --- 6. The officer approves one scope and refuses the other, with reasons. ---
      await staffPage.reload();
      await expect(mainText(staffPage)).resolves.toContain('tikai klientiem');
      await staffPage.locator('#decision_identity').check();
      await staffPage
        .locator('#reason_identity')
        .fill('Tiesiskais pamats un mērķis atbilst likumam.');
      await clickThrough(
        staffPage.getByRole('button', { name: 'Saglabāt lēmumu: Personas identitāte' }),
      );
      await staffPage.locator('#decision_addresses_refused').check();
      await staffPage
        .locator('#reason_addresses')
        .fill('Norādītais pants neparedz adrešu saņemšanu.');
      await clickThrough(staffPage.getByRole('button', { name: 'Saglabāt lēmumu: Adreses' }));
      await expect(
        staffPage.getByRole('button', { name: /Saglabāt lēmumu/ }).count(),
      ).resolves.toBe(0);
      await expect(mainText(staffPage)).resolves.toContain('Norādītais pants neparedz');
      await expectAccessible(staffPage);
      await expect(subjectsTo(noticeEmail)).resolves.toContain(
        `Lēmums par pieprasījumu ${requestRef} / Decision on request ${requestRef}`,
      );
      await repPage.reload();
      await expect(mainText(repPage)).resolves.toContain('Norādītais pants neparedz');

      // --- 7. The officer drafts the agreement. ---
      await staffPage.goto(`${server.base}/darbinieki`);
      await clickThrough(
        staffSections(staffPage).getByRole('link', { name: 'Līgumi', exact: true }),
      );
      await expectAccessible(staffPage);
      await clickThrough(staffPage.getByRole('link', { name: `Sagatavot līgumu ${requestRef}` }));
      await expect(h1(staffPage)).resolves.toBe('Sagatavot līgumu');
      await expectAccessible(staffPage);
      await clickThrough(staffPage.getByRole('button', { name: 'Sagatavot līguma projektu' }));
      await expect(statusText(staffPage)).resolves.toContain('Līguma projekts ir sagatavots');
      const agreementRef = /LIG-2026-\d{6}/.exec(staffPage.url())?.[0] ?? '';
      expect(agreementRef).not.toBe('');
      await expectAccessible(staffPage);
      await expect(subjectsTo(noticeEmail)).resolves.toContain(
        `Līguma projekts ${agreementRef} / Draft agreement ${agreementRef}`,
      );

      // --- 8. The representative edits the text: version 2. ---
      await repPage.goto(`${server.base}/organizacijas`);
      await clickThrough(
        repPage.locator('main').getByRole('link', { name: 'Līgumi', exact: true }),
      );
      await expectAccessible(repPage);
      await clickThrough(repPage.getByRole('link', { name: agreementRef }));
      await expect(h1(repPage)).resolves.toBe(`Līgums ${agreementRef}`);
      // Only the approved scope is granted.
      const grants = repPage.locator('h2:text-is("Piešķirtie datu apjomi") + table');
      await expect(grants.textContent()).resolves.toContain('Personas identitāte');
      await expect(grants.textContent()).resolves.not.toContain('Adreses');
      await expectAccessible(repPage);
      const text = repPage.getByLabel('2. versijas teksts');
      const original = await text.inputValue();
      expect(original).toContain('uz nenoteiktu laiku');
      await text.fill(original.replace('uz nenoteiktu laiku', 'līdz 2028-12-31'));
      await clickThrough(repPage.getByRole('button', { name: 'Saglabāt jaunu versiju' }));
      await expect(statusText(repPage)).resolves.toContain('Jaunā versija ir saglabāta');
      await expect(subjectsTo(officer.email)).resolves.toContain(
        `Līguma ${agreementRef} 2. versija / Version 2 of agreement ${agreementRef}`,
      );

      // --- 9. The officer compares versions 1 and 2, and approves version 2. ---
      await staffPage.goto(`${server.base}/darbinieki/ligumi/${agreementRef}`);
      await expectAccessible(staffPage);
      await clickThrough(staffPage.getByRole('link', { name: '1. ar 2. versiju' }));
      await expect(staffPage.locator('ins').allTextContents()).resolves.toContain(
        '[pievienots: līdz]',
      );
      await expect(staffPage.locator('del').allTextContents()).resolves.toContain(
        '[dzēsts: nenoteiktu laiku]',
      );
      await expectAccessible(staffPage);
      await clickThrough(staffPage.getByRole('link', { name: 'Atpakaļ uz līgumu' }));
      await clickThrough(staffPage.getByRole('button', { name: 'Apstiprināt 2. versiju' }));
      await expect(statusText(staffPage)).resolves.toContain('Gaidām otras puses');
      await expect(subjectsTo(noticeEmail)).resolves.toContain(
        `Līguma ${agreementRef} 2. versija apstiprināta / Version 2 of ${agreementRef} approved`,
      );

      // --- 10. The representative approves version 2: the agreement is concluded. ---
      await repPage.goto(`${server.base}/organizacijas/ligumi/${agreementRef}`);
      await expect(repPage.getByText('Otra puse to ir apstiprinājusi.').count()).resolves.toBe(1);
      await clickThrough(repPage.getByRole('button', { name: 'Apstiprināt 2. versiju' }));
      await expect(statusText(repPage)).resolves.toBe('Līgums ir noslēgts.');
      await expect(repPage.locator('h2').allTextContents()).resolves.toContain(
        'Noslēgtais teksts (2. versija)',
      );
      await expect(mainText(repPage)).resolves.toContain('līdz 2028-12-31');
      await expect(repPage.getByRole('button', { name: /Apstiprināt/ }).count()).resolves.toBe(0);
      await expectAccessible(repPage);
      await expect(subjectsTo(officer.email)).resolves.toContain(
        `Līgums ${agreementRef} noslēgts / Agreement ${agreementRef} concluded`,
      );

      // --- 11. A production connection with a public JWK; the officer activates it. ---
      const key = await systemKey('ES256');
      await repPage.goto(`${server.base}/organizacijas`);
      await clickThrough(
        repPage.locator('main').getByRole('link', { name: 'Savienojumi', exact: true }),
      );
      await expect(h1(repPage)).resolves.toBe('Sistēmu savienojumi');
      await expectAccessible(repPage);
      await clickThrough(repPage.getByRole('link', { name: 'Pieteikt jaunu savienojumu' }));
      await expect(h1(repPage)).resolves.toBe('Pieteikt savienojumu');
      await expectAccessible(repPage);
      await repPage.getByLabel('Savienojuma nosaukums').fill('Klientu reģistrs');
      await repPage.getByLabel('Vide').selectOption({ label: 'Produkcijas vide' });
      await repPage.getByLabel('Publiskā atslēga (JWK)').fill(JSON.stringify(key.jwk));
      await repPage.getByLabel('Atslēga derīga līdz').fill('2027-03-01');
      await clickThrough(repPage.getByRole('button', { name: 'Pieteikt', exact: true }));
      await expect(h1(repPage)).resolves.toBe('Savienojums pieteikts');
      const clientId = (await repPage.locator('.panel-confirmation strong').textContent()) ?? '';
      expect(clientId).not.toBe('');
      expect(repPage.url()).toContain(`/organizacijas/savienojumi/${clientId}`);
      await expect(mainText(repPage)).resolves.toContain('Produkcijas vide');
      await expectAccessible(repPage);
      await expect(subjectsTo(noticeEmail)).resolves.toContain(
        `Savienojums pieteikts / Connection registered: ${clientId}`,
      );

      await staffPage.goto(`${server.base}/darbinieki`);
      await clickThrough(
        staffSections(staffPage).getByRole('link', { name: 'Savienojumi', exact: true }),
      );
      await expectAccessible(staffPage);
      await clickThrough(staffPage.getByRole('link', { name: clientId }));
      await expect(h1(staffPage)).resolves.toBe('Klientu reģistrs');
      await expectAccessible(staffPage);
      await clickThrough(staffPage.getByRole('button', { name: 'Aktivizēt savienojumu' }));
      await expect(
        staffPage.getByRole('button', { name: 'Apturēt savienojumu' }).count(),
      ).resolves.toBe(1);
      await expect(subjectsTo(noticeEmail)).resolves.toContain(
        `Savienojums aktivizēts / Connection activated: ${clientId}`,
      );
      await repPage.goto(`${server.base}/organizacijas/savienojumi/${clientId}`);
      await expect(mainText(repPage)).resolves.toContain('Aktīvs');
      await expect(h1(repPage)).resolves.toBe('Klientu reģistrs');

      // --- 12. The responsible representative adds a Person Data Browser user. ---
      await repPage.goto(`${server.base}/organizacijas`);
      await clickThrough(
        repPage.locator('main').getByRole('link', { name: 'Lietotāji', exact: true }),
      );
      await expect(h1(repPage)).resolves.toBe('Lietotāji');
      await expectAccessible(repPage);
      await repPage.getByLabel('Vārds, uzvārds').fill(pdp.name);
      await repPage.getByLabel('E-pasta adrese').fill(pdp.email);
      await clickThrough(repPage.getByRole('button', { name: 'Pievienot', exact: true }));
      await expect(statusText(repPage)).resolves.toContain('Pieprasījums nosūtīts PMLP');
      await expect(subjectsTo(rep.email)).resolves.toContain(
        'Reģistru vārteja: lietotāja pieprasījums saņemts / Register Gateway: user request received',
      );
      // The agreement does not let the responsible user create users alone: PMLP decides.
      await staffPage.goto(`${server.base}/darbinieki`);
      await clickThrough(
        staffSections(staffPage).getByRole('link', { name: 'Lietotāju pieprasījumi' }),
      );
      await expectAccessible(staffPage);
      await clickThrough(staffPage.getByRole('button', { name: `Apstiprināt: ${pdp.name}` }));
      await expect(mainText(staffPage)).resolves.toContain('Neizskatītu pieprasījumu nav.');
      await expect(statusText(staffPage)).resolves.toContain('Pieprasījums apstiprināts');
      await expectAccessible(staffPage);
      await expect(subjectsTo(pdp.email)).resolves.toEqual([
        'Reģistru vārteja: konta iestatīšana / Register Gateway: set up your account',
      ]);

      // --- 13. The new user sets up the account from the mailed link. ---
      const pdpContext = await newContext();
      const pdpPage = await pdpContext.newPage();
      pdp.secret = await setUpAccount(pdpPage, pdp.email, pdp.password);
      await expect(h1(pdpPage)).resolves.toBe('Organizācijas darba vieta');
      await expect(mainText(pdpPage)).resolves.toContain(pdp.name);
      await expectAccessible(pdpPage);
      await pdpContext.close();

      // --- 14. Five wrong passwords lock the account; then the right one is refused too. ---
      const lockedContext = await newContext();
      const lockedPage = await lockedContext.newPage();
      nextTotpStep();
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        await signInOrgUser(lockedPage, { ...pdp, password: `nepareiza parole ${attempt}` });
        await expect(h1(lockedPage)).resolves.toBe('Organizāciju lietotāju pieteikšanās');
        await expect(lockedPage.locator('.error-summary').textContent()).resolves.toContain(
          attempt < 5 ? 'Nepareiza e-pasta adrese, parole vai kods.' : 'Konts ir bloķēts',
        );
        if (attempt === 1) await expectAccessibleAnswer(lockedPage);
      }
      await expectAccessibleAnswer(lockedPage);
      await signInOrgUser(lockedPage, pdp);
      await expect(lockedPage.locator('.error-summary').textContent()).resolves.toContain(
        'Konts ir bloķēts',
      );
      expect(new URL(lockedPage.url()).pathname).toBe('/organizacijas/pieteikties');
      await expect(subjectsTo(pdp.email)).resolves.toContain(
        'Reģistru vārteja: konts bloķēts / Register Gateway: account locked',
      );
      await expect(subjectsTo(rep.email)).resolves.toContain(
        'Reģistru vārteja: lietotāja konts bloķēts / Register Gateway: a user account is locked',
      );

      // --- 15. The representative unblocks the user, who signs in. ---
      await repPage.goto(`${server.base}/organizacijas/lietotaji`);
      const pdpRow = repPage.locator('table').first().locator('tr', { hasText: pdp.email });
      await expect(pdpRow.textContent()).resolves.toContain('Bloķēts');
      // The user request is shown with the day it was made, by the app's clock.
      await expect(repPage.locator('table').nth(1).textContent()).resolves.toMatch(
        /Pēteris Pārlūks.*2026\. gada 2\. marts.*Apstiprināts/,
      );
      await expectAccessible(repPage);
      await clickThrough(repPage.getByRole('button', { name: `Atbloķēt: ${pdp.name}` }));
      await expect(pdpRow.textContent()).resolves.toContain('Aktīvs');
      await expect(
        repPage.getByRole('button', { name: `Atbloķēt: ${pdp.name}` }).count(),
      ).resolves.toBe(0);
      await expect(subjectsTo(pdp.email)).resolves.toContain(
        'Reģistru vārteja: konts atbloķēts / Register Gateway: account unblocked',
      );

      nextTotpStep();
      await signInOrgUser(lockedPage, pdp);
      expect(new URL(lockedPage.url()).pathname).toBe('/organizacijas');
      await expect(mainText(lockedPage)).resolves.toContain(pdp.name);
      await expect(mainText(lockedPage)).resolves.toContain(orgName);

      await lockedContext.close();
      await staffContext.close();
      await repContext.close();
    },
  );
});
