import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { appendAudit } from '../src/platform/audit/audit-log.ts';
import { checkInclusionProof } from '../src/platform/audit/inclusion-proof.ts';
import { sealKeysFrom } from '../src/platform/audit/seal-key.ts';
import { sealAuditBatch } from '../src/platform/audit/sealer.ts';
import { rigaDate, systemClock } from '../src/platform/time/riga.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { makePerson } from './support/factories.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { makeOrganisation } from './support/organisations.ts';
import { signInAsStaff, signInAtProvider } from './support/sign-in.ts';
import { staffWithAuthenticator } from './support/staff.ts';

/**
 * "Kas izmantoja manus datus" and the officer's holds as people use them: real Chromium without
 * JavaScript, the development identity provider with a typed personal code, both languages,
 * and axe on every page.
 */

let server: ListeningApp;
let browser: Browser;
let person: { personId: number; personalCode: string };
let officer: Awaited<ReturnType<typeof staffWithAuthenticator>>;
const STAFF = { email: 'pmlp.officer@pmlp.test', password: 'pareiza-parole-2026' };
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

const W = {
  title: { lv: 'Kas izmantoja manus datus', en: 'Who used my data' },
  from: { lv: 'No', en: 'From' },
  to: { lv: 'Līdz', en: 'To' },
  show: { lv: 'Rādīt', en: 'Show' },
  api: { lv: 'Sistēmu saskarne', en: 'Inter-system interface' },
  browser: { lv: 'Personu datu pārlūks', en: 'Person Data Browser' },
  addresses: { lv: 'Adreses', en: 'Addresses' },
  reversed: {
    lv: 'Perioda sākuma datumam jābūt ne vēlākam par beigu datumu.',
    en: 'The start of the period must not be after its end.',
  },
  personalCode: { lv: 'Personas kods', en: 'Personal code' },
  reason: { lv: 'Pamatojums', en: 'Reason' },
  hide: { lv: 'Slēpt', en: 'Hide' },
  hideUntil: { lv: 'Slēpt līdz', en: 'Hide until' },
  save: { lv: 'Saglabāt', en: 'Save' },
  past: {
    lv: 'Datumam, līdz kuram slēpt, jābūt vēlākam par šodienu.',
    en: 'The date to hide until must be after today.',
  },
  saved: { lv: 'Ieraksta slēpšana saglabāta.', en: 'The hold on the record was saved.' },
  lift: { lv: 'Atcelt slēpšanu', en: 'Lift the hold' },
  lifted: {
    lv: 'Slēpšana atcelta: persona ierakstu redz.',
    en: 'The hold was lifted: the person sees the record.',
  },
  download: { lv: 'Lejupielādēt iekļaušanas pierādījumu', en: 'Download proof of inclusion' },
  waiting: {
    lv: 'Pierādījums būs gatavs dažu sekunžu laikā.',
    en: 'The proof will be ready within seconds.',
  },
  help: { lv: 'Kā pārbaudīt iekļaušanas pierādījumu', en: 'How to check a proof of inclusion' },
} as const;

/** The person's provision rows not yet in the audit chain. */
async function unsealedRows(): Promise<number> {
  const rows = await server.db
    .selectFrom('audit_events as e')
    .leftJoin('audit_chain as c', 'c.event_id', 'e.id')
    .select('e.id')
    .where('e.subject_person_id', '=', person.personId)
    .where('e.action', '=', 'person.read')
    .where('c.position', 'is', null)
    .execute();
  return rows.length;
}

beforeAll(async () => {
  server = await startListeningApp();
  person = await makePerson(server.db);
  const bank = await makeOrganisation(server.db, { name: 'Banka Alfa' });
  const city = await makeOrganisation(server.db, { name: 'Pašvaldība Beta', legalForm: 'public' });
  for (const [organisationId, channel, at, purpose] of [
    [bank.id, 'api', daysAgo(40), 'Klienta izpēte'],
    [city.id, 'browser', daysAgo(5), 'Sociālās palīdzības piešķiršana'],
  ] as const) {
    await appendAudit(server.db, {
      actorType: channel === 'api' ? 'system_client' : 'org_user',
      actorId: 'x',
      organisationId,
      subjectPersonId: person.personId,
      action: 'person.read',
      scopes: ['identity', 'addresses'],
      purpose,
      legalBasis: 'identity: Likums, 1. pants; addresses: Likums, 2. pants',
      channel,
      environment: 'production',
      feeCents: 200,
      occurredAt: at,
    });
  }
  officer = await staffWithAuthenticator(server, {
    name: 'Pēteris Pārvalde',
    email: STAFF.email,
    role: 'pmlp_officer',
    password: STAFF.password,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe.each([
  ['lv', 'lv-LV'],
  ['en', 'en-GB'],
] as const)('who used my data (%s)', (locale, browserLocale) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false, locale: browserLocale });
    page = await context.newPage();
  });
  afterAll(async () => context.close());

  it('signs the resident in and lists who received their data, filtered by period', async () => {
    await page.goto(`${server.base}/?lang=${locale}`);
    await clickThrough(page.getByRole('link', { name: W.title[locale] }));
    await signInAtProvider(page, { method: 'eid', typedCode: person.personalCode, locale });
    expect(new URL(page.url()).pathname).toBe('/kas-izmantoja-manus-datus');
    await expect(page.locator('h1').textContent()).resolves.toBe(W.title[locale]);
    const table = page.locator('table');
    await expect(table.locator('tbody tr').count()).resolves.toBe(2);
    await expect(table.textContent()).resolves.toContain('Banka Alfa');
    await expect(table.textContent()).resolves.toContain(W.api[locale]);
    await expect(table.textContent()).resolves.toContain(W.browser[locale]);
    await expect(table.textContent()).resolves.toContain(W.addresses[locale]);
    await expectAccessible(page);

    await page.getByLabel(W.from[locale], { exact: true }).fill(rigaDate(daysAgo(20)));
    await page.getByLabel(W.to[locale], { exact: true }).fill(rigaDate(new Date()));
    await clickThrough(page.getByRole('button', { name: W.show[locale] }));
    expect(new URL(page.url()).searchParams.get('no')).toBe(rigaDate(daysAgo(20)));
    await expect(page.locator('tbody tr').count()).resolves.toBe(1);
    await expect(page.locator('tbody').textContent()).resolves.toContain('Pašvaldība Beta');
    await expectAccessible(page);

    await page.goto(`${server.base}/kas-izmantoja-manus-datus?no=2026-03-01&lidz=2026-02-01`);
    await expect(page.locator('.error-summary').textContent()).resolves.toContain(
      W.reversed[locale],
    );
    await expect(page.getByLabel(W.from[locale], { exact: true }).inputValue()).resolves.toBe(
      '2026-03-01',
    );
    await expectAccessible(page);
  });

  it('offers a proof of inclusion once a record is sealed, and explains how to check it', async () => {
    await page.goto(`${server.base}/kas-izmantoja-manus-datus?lang=${locale}`);
    // The first run finds both records still waiting; the sealer runs below.
    await expect(page.getByText(W.waiting[locale]).count()).resolves.toBe(await unsealedRows());
    const keys = sealKeysFrom(server.config.secrets.signingKey);
    for (let sealed = 1; sealed > 0;) sealed = await sealAuditBatch(server.db, keys, systemClock);
    await page.reload();
    await expect(page.getByText(W.waiting[locale]).count()).resolves.toBe(0);
    const links = page.getByRole('link', { name: W.download[locale] });
    await expect(links.count()).resolves.toBe(2);
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent('download'), links.first().click()]);
    expect(download.suggestedFilename()).toMatch(/^ieklausanas-pieradijums-\d+\.json$/);
    const proof: unknown = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(checkInclusionProof(proof, keys.publicKey)).toMatchObject({ ok: true });

    await clickThrough(page.getByRole('link', { name: W.help[locale] }));
    expect(new URL(page.url()).pathname).toBe('/palidziba/ieklausanas-pieradijums');
    await expect(page.locator('h1').textContent()).resolves.toBe(W.help[locale]);
    await expectAccessible(page);
  });

  it('lets an officer look the person up, hold a record and lift the hold', async () => {
    const staff = await browser.newContext({ javaScriptEnabled: false, locale: browserLocale });
    try {
      const desk = await staff.newPage();
      // The staff sign-in helper reads the Latvian labels; the language is chosen after it.
      await desk.goto(`${server.base}/darbinieki/pieteikties?lang=lv`);
      await signInAsStaff(desk, server.base, officer);
      await desk.goto(`${server.base}/darbinieki/datu-izmantosana?lang=${locale}`);
      await expectAccessible(desk);
      await desk.getByLabel(W.personalCode[locale]).fill(person.personalCode);
      await desk.getByLabel(W.reason[locale]).fill('Personas iesniegums Nr. 7');
      await clickThrough(desk.getByRole('button', { name: W.show[locale] }));
      expect(desk.url()).toMatch(/\/darbinieki\/datu-izmantosana\/skatijums\/\d+$/);
      await expect(desk.locator('tbody tr').count()).resolves.toBe(2);
      await expectAccessible(desk);

      await clickThrough(desk.getByRole('link', { name: W.hide[locale] }).first());
      await expectAccessible(desk);
      await desk.getByLabel(W.hideUntil[locale]).fill(rigaDate(new Date()));
      await desk.getByLabel(W.reason[locale]).fill('Izmeklēšana');
      await clickThrough(desk.getByRole('button', { name: W.save[locale] }));
      await expect(desk.locator('.error-summary').textContent()).resolves.toContain(W.past[locale]);
      await expectAccessible(desk);
      await desk.getByLabel(W.hideUntil[locale]).fill(rigaDate(new Date(Date.now() + 30 * DAY)));
      await clickThrough(desk.getByRole('button', { name: W.save[locale] }));
      await expect(desk.locator('.notice').textContent()).resolves.toContain(W.saved[locale]);
      await expectAccessible(desk);

      // The resident no longer sees the held record.
      await page.goto(`${server.base}/kas-izmantoja-manus-datus`);
      await expect(page.locator('tbody tr').count()).resolves.toBe(1);

      await clickThrough(
        desk.getByRole('link', { name: locale === 'lv' ? 'Mainīt slēpšanu' : 'Change the hold' }),
      );
      await clickThrough(desk.getByRole('button', { name: W.lift[locale] }));
      await expect(desk.locator('.notice').textContent()).resolves.toContain(W.lifted[locale]);

      await page.goto(`${server.base}/kas-izmantoja-manus-datus`);
      await expect(page.locator('tbody tr').count()).resolves.toBe(2);
    } finally {
      await staff.close();
    }
  });
});
