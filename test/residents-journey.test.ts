import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../src/job-handlers.ts';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import { createWorker } from '../src/platform/jobs/worker.ts';
import { loadWellKnownPersons } from '../src/register/well-known-persons.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { signInAsStaff, signInAtProvider } from './support/sign-in.ts';
import { staffWithAuthenticator } from './support/staff.ts';

/**
 * The residents' BDAS e-service end to end, as a person and a member of staff use it: real
 * Chromium without JavaScript, the development identity provider, a real SMTP server.
 */

interface Received {
  to: string;
  raw: string;
}

let server: ListeningApp;
let smtp: SMTPServer;
let browser: Browser;
const inbox: Received[] = [];
const STAFF = { email: 'ic.agent@iem.test', password: 'pareiza-parole-2026' };
let staff: Awaited<ReturnType<typeof staffWithAuthenticator>>;

function startSmtp(): Promise<{ server: SMTPServer; port: number }> {
  const s = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    s.listen(0, '127.0.0.1', () => {
      const address = s.server.address();
      resolve({
        server: s,
        port: typeof address === 'object' && address !== null ? address.port : 0,
      });
    });
  });
}

/** Runs the outbox until nothing is due: the mails a change caused go out now. */
async function deliverMail(): Promise<void> {
  const worker = createWorker(server.db, jobHandlers({ config: server.config, db: server.db }), {
    log: { warn: () => undefined, error: () => undefined },
  });
  while ((await worker.runOnce()) > 0) {
    /* until the outbox is empty */
  }
}

/** The body as a reader sees it: quoted-printable soft breaks joined and bytes decoded. */
function decodedBody(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes = Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );
  return bytes.toString('utf8');
}

/** Subjects are MIME-encoded; mails are found by the report's reference, which stays ASCII. */
const mailsAbout = (reference: string) => inbox.filter((m) => m.raw.includes(reference));

beforeAll(async () => {
  const started = await startSmtp();
  smtp = started.server;
  server = await startListeningApp({ env: { SMTP_URL: `smtp://127.0.0.1:${started.port}` } });
  await loadWellKnownPersons(server.db, createEnvelope(server.config.secrets.encryptionKey));
  staff = await staffWithAuthenticator(server, {
    name: 'Inga Informācija',
    email: STAFF.email,
    role: 'ic_agent',
    password: STAFF.password,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

type Locale = 'lv' | 'en';

/** The words a person reads and clicks, in both languages. */
const W = {
  service: {
    lv: 'Informācija par mani Biometrijas datu apstrādes sistēmā',
    en: 'Information about me in the Biometric Data Processing System',
  },
  start: { lv: 'Uzsākt e-pakalpojumu', en: 'Start the e-service' },
  next: { lv: 'Tālāk', en: 'Next' },
  agree: {
    lv: 'Piekrītu e-pakalpojuma lietošanas nosacījumiem',
    en: 'I agree to the terms of use of the e-service',
  },
  mustAgree: {
    lv: 'Lai turpinātu, atzīmējiet, ka piekrītat e-pakalpojuma lietošanas nosacījumiem',
    en: 'To continue, tick that you agree to the terms of use of the e-service',
  },
  resultTitle: { lv: 'Informācija par Jums BDAS', en: 'Information about you in BDAS' },
  identityDocument: {
    lv: 'Personu apliecinoša dokumenta izsniegšana',
    en: 'Issue of an identity document',
  },
  rightIndex: { lv: 'labās rokas rādītājpirksts', en: 'right index finger' },
  eid: { lv: 'eID karte', en: 'eID card' },
  reportDeficiency: { lv: 'Ziņot par nepilnībām', en: 'Report deficiencies' },
  whatIsWrong: { lv: 'Kas ir nepareizi', en: 'What is wrong' },
  chooseData: { lv: 'Izvēlieties, kuri dati ir nepareizi', en: 'Choose which data is wrong' },
  giveContact: {
    lv: 'Norādiet e-pasta adresi vai tālruņa numuru saziņai',
    en: 'Give an e-mail address or a phone number to contact you',
  },
  whichData: { lv: 'Kuri dati ir nepareizi', en: 'Which data is wrong' },
  correctData: { lv: 'Kādiem jābūt pareizajiem datiem', en: 'What the correct data is' },
  email: { lv: 'E-pasta adrese', en: 'E-mail address' },
  attachment: { lv: 'Pielikums (nav obligāts)', en: 'Attachment (optional)' },
  sent: { lv: 'Ziņojums veiksmīgi nosūtīts', en: 'Your report was sent' },
  reportError: {
    lv: 'Lai pieteiktu kļūdu vai nepilnību, nospiediet šeit',
    en: 'To report an error or deficiency, click here',
  },
  description: { lv: 'Apraksts', en: 'Description' },
  send: { lv: 'Nosūtīt', en: 'Send' },
  restart: { lv: 'Sākt pakalpojumu no jauna', en: 'Start the service again' },
  stop: {
    lv: 'Lai pārtrauktu pakalpojuma izpildi, nospiediet šeit',
    en: 'To stop the service, click here',
  },
  inProgress: { lv: 'Tiek izskatīts', en: 'In progress' },
  birthDate: { lv: '1975. gada 16. novembris', en: '16 November 1975' },
  yourServices: { lv: 'Tavi e-pakalpojumi', en: 'Your e-services' },
  dataUse: { lv: 'Kas izmantoja manus datus', en: 'Who used my data' },
  related: { lv: 'Citi saistītie pakalpojumi', en: 'Other related services' },
  external: { lv: '(ārēja vietne)', en: '(external site)' },
  finished: { lv: 'Pabeigts', en: 'Finished' },
} as const;

async function noScript(locale: 'lv-LV' | 'en-GB' = 'lv-LV'): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: false, locale });
}

async function startAsResident(
  page: Page,
  person: RegExp,
  method: 'eid' | 'bank_seb' | 'smart_card',
  locale: Locale = 'lv',
) {
  await page.goto(`${server.base}/?lang=${locale}`);
  await clickThrough(page.getByRole('link', { name: W.service[locale] }));
  await clickThrough(page.getByRole('link', { name: W.start[locale] }));
  await signInAtProvider(page, { method, person, locale });
  // Signing in returns to where the person was going: the terms, not the description again.
  expect(page.url()).toMatch(/\/e-pakalpojumi\/bdas\/EP-[0-9A-Z-]+\/noteikumi$/);
  const terms = page.url();
  await page.reload();
  expect(page.url()).toBe(terms);
}

describe.each([
  ['lv', 'lv-LV'],
  ['en', 'en-GB'],
] as const)('a person with BDAS data (%s)', (locale, browserLocale) => {
  let context: BrowserContext;
  let page: Page;
  let firstRun = '';
  let deficiency = '';
  let errorReport = '';

  beforeAll(async () => {
    context = await noScript(browserLocale);
    page = await context.newPage();
  });
  afterAll(async () => context.close());

  it('starts the service after signing in with eID and cannot pass the terms unticked', async () => {
    await startAsResident(page, /Jānis Bērziņš/, 'eid', locale);
    firstRun = /EP-[0-9A-Z-]+/.exec(page.url())?.[0] ?? '';
    await expect(page.getByText(firstRun).count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page);
    const refused = page.waitForResponse(
      (r) => r.url().endsWith('/noteikumi') && r.request().method() === 'POST',
    );
    await clickThrough(page.getByRole('button', { name: W.next[locale] }));
    expect((await refused).status()).toBe(400);
    await expect(page.locator('.error-summary').textContent()).resolves.toContain(
      W.mustAgree[locale],
    );
    await page.getByLabel(W.agree[locale]).check();
    await clickThrough(page.getByRole('button', { name: W.next[locale] }));
    expect(page.url()).toBe(`${server.base}/e-pakalpojumi/bdas/${firstRun}/rezultats`);
  });

  it('shows the facial images, fingerprints and basic data BDAS holds, and the sign-in method', async () => {
    await expect(page.locator('h1').textContent()).resolves.toBe(W.resultTitle[locale]);
    const basic = await page.locator('table.summary-list').textContent();
    expect(basic).toContain('Bērziņš');
    expect(basic).toContain('161175-19997');
    // One date format per language, the birth date as every other date.
    expect(basic).toContain(W.birthDate[locale]);
    expect(basic).not.toContain('1975-11-16');
    await expect(page.locator('.facial-images img').count()).resolves.toBe(2);
    await expect(
      page.locator('.facial-images figcaption').first().textContent(),
    ).resolves.toContain(W.identityDocument[locale]);
    await expect(page.getByText(W.rightIndex[locale]).count()).resolves.toBe(1);
    await expect(page.getByText(W.eid[locale]).count()).resolves.toBeGreaterThan(0);
    const src = await page.locator('.facial-images img').first().getAttribute('src');
    const image = await context.request.get(`${server.base}${src ?? ''}`);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect(image.headers()['cache-control']).toBe('no-store');
    expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
    await expectAccessible(page);
  });

  it('reports a deficiency: errors kept with the input, then a confirmation with a reference', async () => {
    await clickThrough(page.getByRole('link', { name: W.reportDeficiency[locale] }));
    await expectAccessible(page);
    await page.getByLabel(W.whatIsWrong[locale]).fill('Uzvārds uzrakstīts bez garumzīmes');
    await clickThrough(page.getByRole('button', { name: W.reportDeficiency[locale] }));
    const summary = await page.locator('.error-summary').textContent();
    expect(summary).toContain(W.chooseData[locale]);
    expect(summary).toContain(W.giveContact[locale]);
    await expect(page.getByLabel(W.whatIsWrong[locale]).inputValue()).resolves.toBe(
      'Uzvārds uzrakstīts bez garumzīmes',
    );
    await page.getByLabel(W.whichData[locale]).selectOption('surname');
    await page.getByLabel(W.correctData[locale]).fill('Bērziņš');
    await page.getByLabel(W.email[locale]).fill('janis@example.lv');
    await page.getByLabel(W.attachment[locale]).setInputFiles({
      name: 'apliecinajums.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% test\n'),
    });
    await clickThrough(page.getByRole('button', { name: W.reportDeficiency[locale] }));
    await expect(page.locator('h1').textContent()).resolves.toBe(W.sent[locale]);
    deficiency = (await page.locator('.panel-confirmation strong').textContent()) ?? '';
    expect(deficiency).toMatch(/^NP-/);
  });

  it('reports an error in the service from the link under the result', async () => {
    await page.goto(`${server.base}/e-pakalpojumi/bdas/${firstRun}/rezultats`);
    await clickThrough(page.getByRole('link', { name: W.reportError[locale] }));
    await page.getByLabel(W.email[locale]).fill('janis@example.lv');
    await page.getByLabel(W.description[locale]).fill('Lapa ielādējās ļoti lēni');
    await clickThrough(page.getByRole('button', { name: W.send[locale] }));
    errorReport = (await page.locator('.panel-confirmation strong').textContent()) ?? '';
    expect(errorReport).toMatch(/^KL-/);
    await deliverMail();
    expect(mailsAbout(deficiency)).toHaveLength(1);
    expect(mailsAbout(errorReport)).toHaveLength(1);
    expect(mailsAbout(deficiency)[0]?.to).toBe('janis@example.lv');
  });

  it('is worked by the Information Centre, and every change is mailed to the reporter', async () => {
    const staffContext = await noScript();
    const staffPage = await staffContext.newPage();
    await signInAsStaff(staffPage, server.base, staff);
    await staffPage.goto(`${server.base}/darbinieki/zinojumi`);
    await expect(staffPage.getByRole('link', { name: deficiency }).count()).resolves.toBe(1);
    await expect(staffPage.getByRole('link', { name: errorReport }).count()).resolves.toBe(1);
    await expectAccessible(staffPage);
    await staffPage.getByLabel('Veids').selectOption('error');
    await clickThrough(staffPage.getByRole('button', { name: 'Atlasīt' }));
    await expect(staffPage.getByRole('link', { name: deficiency }).count()).resolves.toBe(0);
    await staffPage.goto(`${server.base}/darbinieki/zinojumi/${deficiency}`);
    await expect(staffPage.getByText('161175-19997').count()).resolves.toBeGreaterThan(0);
    await expect(staffPage.locator('.facial-images img').count()).resolves.toBe(2);
    await expectAccessible(staffPage);
    await staffPage.getByLabel('Jaunais statuss').selectOption('in_progress');
    await staffPage.getByLabel('Atbilde ziņotājam').fill('Pārbaudām datus BDAS.');
    await clickThrough(staffPage.getByRole('button', { name: 'Saglabāt un paziņot' }));
    await expect(staffPage.getByText('Pārbaudām datus BDAS.').count()).resolves.toBe(1);
    await staffContext.close();
    await deliverMail();
    const mails = mailsAbout(deficiency);
    expect(mails).toHaveLength(2);
    const body = decodedBody(mails[1]?.raw ?? '');
    expect(body).toContain('Pārbaudām datus BDAS.');
    expect(body).toContain(`Jūsu ziņojuma ${deficiency} statuss ir mainīts: Tiek izskatīts.`);
    expect(body).toContain(`The status of your report ${deficiency} has changed: In progress.`);
  });

  it('restarts with a new query, finishes, and lists the runs and reports in "Tavi e-pakalpojumi"', async () => {
    await page.goto(`${server.base}/e-pakalpojumi/bdas/${firstRun}/rezultats`);
    await clickThrough(page.getByRole('button', { name: W.restart[locale] }));
    const secondRun = /EP-[0-9A-Z-]+/.exec(page.url())?.[0] ?? '';
    expect(secondRun).not.toBe(firstRun);
    expect(page.url()).toMatch(/\/rezultats$/);
    await clickThrough(page.getByRole('button', { name: W.stop[locale] }));
    expect(new URL(page.url()).pathname).toBe('/tavi-e-pakalpojumi');
    const table = (await page.locator('main').textContent()) ?? '';
    expect(table).toContain(firstRun);
    expect(table).toContain(secondRun);
    expect(table).toContain(deficiency);
    expect(table).toContain(W.inProgress[locale]);
    await expectAccessible(page);

    // Each identification number leads to its run: start, terms, finish to the second, reports.
    await clickThrough(page.getByRole('link', { name: firstRun }));
    expect(new URL(page.url()).pathname).toBe(`/tavi-e-pakalpojumi/${firstRun}`);
    const details = (await page.locator('main').textContent()) ?? '';
    expect(details).toMatch(/\d{2}:\d{2}:\d{2}/);
    expect(details).toContain(W.finished[locale]);
    expect(details).toContain(deficiency);
    expect(details).toContain(errorReport);
    expect(details).toContain(W.inProgress[locale]);
    await expectAccessible(page);

    const closed = await page.goto(`${server.base}/e-pakalpojumi/bdas/${secondRun}/rezultats`);
    expect(closed?.status()).toBe(409);
    // The closed run's page offers to start again, which leads to the terms of a new run.
    await clickThrough(page.getByRole('link', { name: W.restart[locale] }));
    expect(page.url()).toMatch(/\/e-pakalpojumi\/bdas\/EP-[0-9A-Z-]+\/noteikumi$/);
    expect(page.url()).not.toContain(secondRun);
  });

  it('offers "Tavi e-pakalpojumi" in the header and real related services', async () => {
    await page.goto(`${server.base}/e-pakalpojumi/saistitie`);
    const header = page.locator('nav.site-nav');
    await clickThrough(header.getByRole('link', { name: W.yourServices[locale] }));
    expect(new URL(page.url()).pathname).toBe('/tavi-e-pakalpojumi');
    await expect(page.locator('nav.site-nav a[aria-current="page"]').textContent()).resolves.toBe(
      W.yourServices[locale],
    );
    await page.goto(`${server.base}/e-pakalpojumi/saistitie`);
    await expect(page.locator('h1').textContent()).resolves.toBe(W.related[locale]);
    const list = page.locator('main ul.service-list');
    await expect(
      list.getByRole('link', { name: W.dataUse[locale] }).getAttribute('href'),
    ).resolves.toBe('/kas-izmantoja-manus-datus');
    await expect(
      list.getByRole('link', { name: W.yourServices[locale], exact: true }).getAttribute('href'),
    ).resolves.toBe('/tavi-e-pakalpojumi');
    const external = list.locator('a[rel~="external"]');
    await expect(external.count()).resolves.toBe(2);
    for (const link of await external.all()) {
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(await link.textContent()).toContain(W.external[locale]);
    }
    await expect(list.locator('a[href="/"]').count()).resolves.toBe(0);
    await expectAccessible(page);
  });

  it('refuses a tampered form and another person’s run', async () => {
    const tampered = await context.request.post(`${server.base}/e-pakalpojumi/bdas/sakt`, {
      form: { _csrf: 'not-the-token' },
      maxRedirects: 0,
    });
    expect(tampered.status()).toBe(403);
    const other = await noScript(browserLocale);
    const otherPage = await other.newPage();
    await startAsResident(otherPage, /Anna Kalniņa/, 'smart_card', locale);
    const response = await otherPage.goto(
      `${server.base}/e-pakalpojumi/bdas/${firstRun}/rezultats`,
    );
    expect(response?.status()).toBe(404);
    await other.close();
  });
});

describe('a person about whom BDAS holds nothing, in English', () => {
  it('sees exactly the message of point 6', async () => {
    const context = await noScript('en-GB');
    const page = await context.newPage();
    await page.goto(`${server.base}/e-pakalpojumi/bdas?lang=en`);
    await clickThrough(page.getByRole('link', { name: 'Start the e-service' }));
    await signInAtProvider(page, { method: 'bank_seb', person: /Pēteris Ozols/, locale: 'en' });
    await page.getByLabel('I agree to the terms of use of the e-service').check();
    await clickThrough(page.getByRole('button', { name: 'Next' }));
    await expect(page.locator('.notice').textContent()).resolves.toBe(
      'The Biometric Data Processing System holds no information about you that could be provided under the right to obtain information laid down in the Personal Data Protection Law',
    );
    await expect(page.getByText('SEB internet bank').count()).resolves.toBe(1);
    await expectAccessible(page);
    await page.goto(
      page.url().replace('lang=en', '') + (page.url().includes('?') ? '&' : '?') + 'lang=lv',
    );
    await expect(page.locator('.notice').textContent()).resolves.toBe(
      'Biometrijas datu apstrādes sistēmā nav tādas informācijas par Jums, kas būtu sniedzama, pamatojoties uz Fizisko personu datu aizsardzības likumā noteiktajām tiesībām iegūt informāciju',
    );
    await context.close();
  });
});
