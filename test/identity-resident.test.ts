import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { SIGN_IN_METHODS } from '../src/identity/service.ts';
import type { SignInMethod } from '../src/platform/http/auth.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { createTestDatabase } from './support/database.ts';
import { makePerson, nextPersonalCode } from './support/factories.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { PRODUCTION_PAYEE } from './support/production-payee.ts';

let server: ListeningApp;
let browser: Browser;
let base: string;

/** Jānis Bērziņš, first of the register's well-known persons the provider's page lists. */
const JANIS = '161175-19997';

beforeAll(async () => {
  server = await startListeningApp();
  base = server.base;
  await makePerson(server.db, {
    personalCode: JANIS,
    givenNames: 'Jānis',
    surname: 'Bērziņš',
    birthDate: '1975-11-16',
    sex: 'male',
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Browsers without JavaScript: every step of sign-in and sign-out must work without it. */
async function newContext(locale = 'lv-LV'): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: false, locale });
}

async function latestSession() {
  const row = await server.db
    .selectFrom('browser_sessions')
    .select(['id', 'kind', 'subject_id', 'data', 'expires_at'])
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const data = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Record<
    string,
    unknown
  >;
  return { ...row, data };
}

async function countSessions(): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from browser_sessions`.execute(
    server.db,
  );
  return r.rows[0]?.n ?? 0;
}

/** At the development provider's page: pick a method and a person (or type a code), submit. */
async function signInAtProvider(
  page: Page,
  choice: { method: SignInMethod; person?: RegExp; typedCode?: string },
): Promise<void> {
  const label = SIGN_IN_METHODS.find((m) => m.method === choice.method)?.label.lv ?? '';
  await page.getByLabel(label, { exact: true }).check();
  if (choice.person !== undefined) await page.getByLabel(choice.person).check();
  if (choice.typedCode !== undefined) {
    await page.getByLabel('Vai ierakstiet jebkuras personas kodu').fill(choice.typedCode);
  }
  await clickThrough(page.getByRole('button', { name: 'Pieteikties' }));
}

describe('resident sign-in at the development provider', () => {
  it.each(SIGN_IN_METHODS.map((info, index) => ({ ...info, index })))(
    'signs in with $method, records the method with the session (and passes axe)',
    async ({ method, label, assurance, index }) => {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(`${base}/pieteikties?atpakal=/mana-pieteiksanas`);
      expect(new URL(page.url()).pathname).toMatch(/^\/dev-idp\/interaction\/[\w-]+$/);
      await expect(page.locator('h1').textContent()).resolves.toBe('Pieteikšanās');
      if (index === 0) await expectAccessible(page);

      await signInAtProvider(page, { method, person: /Jānis Bērziņš/ });
      expect(page.url()).toBe(`${base}/mana-pieteiksanas`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Jūs esat pieteicies');
      await expect(page.locator('td', { hasText: label.lv }).count()).resolves.toBe(1);
      // The layout says who is signed in and when the session ends if idle.
      await expect(page.locator('.session-bar').textContent()).resolves.toMatch(
        /Pieteicies: Jānis Bērziņš\. Sesija beigsies \d\d:\d\d, ja nebūsiet aktīvs\./,
      );
      await expect(page.getByRole('button', { name: 'Iziet' }).count()).resolves.toBe(1);
      if (index === 0) await expectAccessible(page);

      const session = await latestSession();
      expect(session).toMatchObject({ kind: 'resident' });
      expect(session?.data).toMatchObject({
        method,
        acr: assurance,
        name: 'Jānis Bērziņš',
        personalCode: JANIS,
      });
      const cookie = (await context.cookies()).find((c) => c.name === 'rg_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      await context.close();
    },
    120_000,
  );

  it('reads in English when asked, at the provider too', { timeout: 120_000 }, async () => {
    const context = await newContext('en-GB');
    const page = await context.newPage();
    await page.goto(`${base}/pieteikties?atpakal=/mana-pieteiksanas&lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Sign in');
    await page.getByLabel('eID card', { exact: true }).check();
    await page.getByLabel(/Jānis Bērziņš/).check();
    await clickThrough(page.getByRole('button', { name: 'Sign in' }));
    await page.goto(`${base}/mana-pieteiksanas?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toBe('You are signed in');
    await expect(page.locator('.session-bar').textContent()).resolves.toMatch(
      /Your session ends at \d\d:\d\d if idle\./,
    );
    await context.close();
  });

  it(
    'keeps the choice and names the problem when the provider form is incomplete',
    { timeout: 120_000 },
    async () => {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(`${base}/pieteikties`);
      await page.getByLabel('e-paraksta viedkarte', { exact: true }).check();
      await page.getByLabel('Vai ierakstiet jebkuras personas kodu').fill('12345');
      await clickThrough(page.getByRole('button', { name: 'Pieteikties' }));
      await expect(page.locator('.error-summary').textContent()).resolves.toContain(
        'Personas kods nav derīgs',
      );
      await expect(
        page.getByLabel('e-paraksta viedkarte', { exact: true }).isChecked(),
      ).resolves.toBe(true);
      await expect(
        page.getByLabel('Vai ierakstiet jebkuras personas kodu').inputValue(),
      ).resolves.toBe('12345');
      await expectAccessible(page);
      await context.close();
    },
  );

  it(
    'signs in a person typed by code, and shows a clear page for one not in the register',
    { timeout: 120_000 },
    async () => {
      const person = await makePerson(server.db, { givenNames: 'Ilga', surname: 'Zariņa' });
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(`${base}/pieteikties?atpakal=/mana-pieteiksanas`);
      await signInAtProvider(page, { method: 'bank_citadele', typedCode: person.personalCode });
      await expect(page.locator('h1').textContent()).resolves.toBe('Jūs esat pieteicies');
      expect((await latestSession())?.subject_id).toBe(person.personId);
      await context.close();

      const stranger = await newContext();
      const strangerPage = await stranger.newPage();
      await strangerPage.goto(`${base}/pieteikties`);
      const before = await countSessions();
      const answer = strangerPage.waitForResponse((r) => r.url().includes('/pieteikties/atbilde'));
      await signInAtProvider(strangerPage, {
        method: 'eid',
        typedCode: nextPersonalCode('1949-03-01'),
      });
      expect((await answer).status()).toBe(403);
      await expect(strangerPage.locator('h1').textContent()).resolves.toContain(
        'nav atrasts Fizisko personu reģistrā',
      );
      expect(await countSessions()).toBe(before);
      await expectAccessible(strangerPage);
      await stranger.close();
    },
  );

  it(
    'tells the person that signing in was cancelled at the provider',
    { timeout: 120_000 },
    async () => {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(`${base}/pieteikties`);
      const answer = page.waitForResponse((r) => r.url().includes('/pieteikties/atbilde'));
      await clickThrough(page.getByRole('button', { name: 'Atcelt' }));
      expect((await answer).status()).toBe(400);
      await expect(page.locator('h1').textContent()).resolves.toBe('Pieteikšanās tika atcelta.');
      await context.close();
    },
  );
});

describe('what sign-in refuses', () => {
  it(
    'refuses a tampered state, and the untampered answer after it',
    { timeout: 120_000 },
    async () => {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(`${base}/pieteikties`);
      // Submit the provider's form without following redirects (the browser's cookies are shared),
      // to hold back its answer before it reaches the service.
      const action = (await page.locator('main form').getAttribute('action')) ?? '';
      const csrf = await page.locator('main form input[name="_csrf"]').inputValue();
      const submitted = await context.request.post(`${base}${action}`, {
        form: { _csrf: csrf, method: 'bank_swedbank', person: JANIS },
        maxRedirects: 0,
      });
      expect(submitted.status()).toBe(303);
      const resumed = await context.request.get(submitted.headers().location ?? '', {
        maxRedirects: 0,
      });
      const callback = resumed.headers().location ?? '';
      expect(new URL(callback).pathname).toBe('/pieteikties/atbilde');
      const before = await countSessions();

      const tampered = new URL(callback);
      tampered.searchParams.set('state', 'not-the-state-we-sent');
      const refused = await page.goto(tampered.href);
      expect(refused?.status()).toBe(400);
      await expect(page.locator('h1').textContent()).resolves.toBe(
        'Pieteikšanās neizdevās. Lūdzu, sāciet pieteikšanos no jauna.',
      );
      // The round trip is spent: even the genuine answer now finds nothing to match.
      const replay = await page.goto(callback);
      expect(replay?.status()).toBe(400);
      expect(await countSessions()).toBe(before);
      expect((await context.cookies()).some((c) => c.name === 'rg_session')).toBe(false);
      await context.close();
    },
  );

  it('never sends the person to another site after sign-in', { timeout: 120_000 }, async () => {
    for (const target of ['https://evil.example', '//evil.example/x', '/\\evil.example']) {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(`${base}/pieteikties?atpakal=${encodeURIComponent(target)}`);
      await signInAtProvider(page, { method: 'bank_seb', person: /Jānis Bērziņš/ });
      expect(page.url(), target).toBe(`${base}/`);
      await context.close();
    }
  });

  it('refuses an expired session and clears its cookie', { timeout: 120_000 }, async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${base}/pieteikties?atpakal=/mana-pieteiksanas`);
    await signInAtProvider(page, { method: 'eid', person: /Jānis Bērziņš/ });
    const cookie = await sessionCookieOf(context);
    const session = await latestSession();
    if (session === undefined) throw new Error('no session');
    await server.db
      .updateTable('browser_sessions')
      .set({ expires_at: sql<Date>`now() - interval '1 second'` })
      .where('id', '=', session.id)
      .execute();
    const api = await fetch(`${base}/sesija`, { headers: { cookie, accept: 'application/json' } });
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ code: 'unauthenticated' });
    expect(api.headers.get('set-cookie')).toMatch(/rg_session=;.*Expires=Thu, 01 Jan 1970/);
    // A page sends the person to sign in again, and on to where they were.
    const pageAnswer = await fetch(`${base}/mana-pieteiksanas`, {
      headers: { cookie, accept: 'text/html' },
      redirect: 'manual',
    });
    expect(pageAnswer.status).toBe(303);
    expect(pageAnswer.headers.get('location')).toBe('/pieteikties?atpakal=%2Fmana-pieteiksanas');
    await page.goto(`${base}/`);
    expect((await context.cookies()).some((c) => c.name === 'rg_session')).toBe(false);
    await context.close();
  });
});

async function sessionCookieOf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'rg_session');
  if (cookie === undefined) throw new Error('not signed in');
  return `rg_session=${cookie.value}`;
}

describe('signing out', () => {
  it(
    'ends the session here and at the provider, and passes axe on the way',
    { timeout: 120_000 },
    async () => {
      const context = await newContext();
      const page = await context.newPage();
      const visited: string[] = [];
      page.on('request', (request) => visited.push(request.url()));
      await page.goto(`${base}/pieteikties?atpakal=/mana-pieteiksanas`);
      await signInAtProvider(page, { method: 'smart_card', person: /Jānis Bērziņš/ });
      const cookie = await sessionCookieOf(context);

      await clickThrough(page.getByRole('button', { name: 'Iziet' }));
      expect(new URL(page.url()).pathname).toBe('/dev-idp/session/end');
      expect(await countSessionsFor(cookie.slice('rg_session='.length))).toBe(0);
      await expect(page.locator('h1').textContent()).resolves.toBe(
        'Iziet no identitātes nodrošinātāja?',
      );
      await expectAccessible(page);
      // axe opened the page again, which renews the provider's form token: take the fresh one.
      await page.reload();
      await clickThrough(page.getByRole('button', { name: 'Jā, iziet' }));
      expect(page.url()).toBe(`${base}/`);
      const provider = visited.find((url) => url.startsWith(`${base}/dev-idp/session/end?`));
      expect(provider).toBeDefined();
      const hint = new URL(provider ?? base).searchParams;
      expect(hint.get('post_logout_redirect_uri')).toBe(`${base}/`);
      expect(hint.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

      // The old cookie opens nothing any more.
      const again = await fetch(`${base}/sesija`, {
        headers: { cookie, accept: 'application/json' },
      });
      expect(again.status).toBe(401);
      // The provider's session is gone too: signing in asks again.
      await page.goto(`${base}/pieteikties`);
      expect(new URL(page.url()).pathname).toMatch(/^\/dev-idp\/interaction\//);
      await context.close();
    },
  );

  it('refuses a sign-out form without the session’s token', { timeout: 120_000 }, async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${base}/pieteikties?atpakal=/mana-pieteiksanas`);
    await signInAtProvider(page, { method: 'eid', person: /Jānis Bērziņš/ });
    const cookie = await sessionCookieOf(context);
    const forged = await fetch(`${base}/iziet`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: '_csrf=forged',
      redirect: 'manual',
    });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ code: 'csrf_invalid' });
    // Nothing happened: still signed in.
    await page.goto(`${base}/mana-pieteiksanas`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Jūs esat pieteicies');
    await context.close();
  });
});

async function countSessionsFor(token: string): Promise<number> {
  const { createHash } = await import('node:crypto');
  const r = await server.db
    .selectFrom('browser_sessions')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('token_hash', '=', createHash('sha256').update(token).digest())
    .executeTakeFirst();
  return r?.n ?? 0;
}

describe('the idle warning', () => {
  it(
    'warns two minutes before the end and lets the person continue',
    { timeout: 120_000 },
    async () => {
      const context = await browser.newContext({ locale: 'lv-LV' });
      const page = await context.newPage();
      await page.goto(`${base}/pieteikties?atpakal=/mana-pieteiksanas`);
      await signInAtProvider(page, { method: 'eid', person: /Jānis Bērziņš/ });
      const session = await latestSession();
      if (session === undefined) throw new Error('no session');
      // As if the person had been idle for 13½ minutes of 15 (seen just now, so the reload below
      // does not extend it).
      await server.db
        .updateTable('browser_sessions')
        .set({
          created_at: sql<Date>`now() - interval '14 minutes'`,
          expires_at: sql<Date>`now() + interval '90 seconds'`,
        })
        .where('id', '=', session.id)
        .execute();
      await page.reload();
      await page.waitForSelector('#session-warning p');
      const warning = page.locator('#session-warning[role="alert"]');
      await expect(warning.textContent()).resolves.toContain('Jūsu sesija drīz beigsies');
      await expectAccessible(page);
      // Some time has passed since the page was shown: continuing moves the deadline.
      await server.db
        .updateTable('browser_sessions')
        .set({ last_seen_at: sql<Date>`now() - interval '13 minutes'` })
        .where('id', '=', session.id)
        .execute();
      await clickThrough(page.getByRole('link', { name: 'Turpināt darbu' }));
      await page.waitForFunction(
        () => document.getElementById('session-warning')?.textContent === '',
      );
      const refreshed = await latestSession();
      expect(refreshed?.expires_at.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
      await context.close();
    },
  );
});

describe('the development provider and production', () => {
  it('is not mounted when the config is for production', { timeout: 120_000 }, async () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'production',
      ROLES: 'web',
      LOG_LEVEL: 'silent',
      ENCRYPTION_KEY: key,
      SESSION_SECRET: key,
      SIGNING_KEY: key,
      PUBLIC_URL: 'https://gateway.example',
      OIDC_ISSUER: 'https://id.example/oidc',
      OIDC_CLIENT_ID: 'gateway',
      OIDC_CLIENT_SECRET: 'secret',
      ...PRODUCTION_PAYEE,
    });
    expect(config.oidc.developmentProvider).toBe(false);
    const app = await buildApp({ config, db: database.db, engine: database.engine });
    try {
      for (const url of [
        '/dev-idp/.well-known/openid-configuration',
        '/dev-idp/auth',
        '/dev-idp/interaction/abc',
      ]) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
      }
    } finally {
      await app.close();
      await database.close();
    }
  });

  it(
    'lets the sign-out form end at an external provider (CSP form-action)',
    { timeout: 120_000 },
    async () => {
      const database = await createTestDatabase();
      const config = loadConfig({
        NODE_ENV: 'test',
        DATA_DIR: '/nonexistent',
        OIDC_ISSUER: 'https://id.example/oidc',
        OIDC_CLIENT_ID: 'gateway',
        OIDC_CLIENT_SECRET: 'secret',
      });
      const app = await buildApp({ config, db: database.db, engine: database.engine });
      try {
        const res = await app.inject({ method: 'GET', url: '/' });
        expect(res.headers['content-security-policy']).toContain(
          "form-action 'self' https://id.example",
        );
        expect((await app.inject({ method: 'GET', url: '/dev-idp/auth' })).statusCode).toBe(404);
      } finally {
        await app.close();
        await database.close();
      }
    },
  );

  it('refuses to start production without a provider', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        ROLES: 'web',
        ENCRYPTION_KEY: key,
        SESSION_SECRET: key,
        SIGNING_KEY: key,
      }),
    ).toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        ROLES: 'web',
        ENCRYPTION_KEY: key,
        SESSION_SECRET: key,
        SIGNING_KEY: key,
        OIDC_ISSUER: 'http://id.example',
        OIDC_CLIENT_ID: 'x',
        OIDC_CLIENT_SECRET: 'y',
      }),
    ).toThrow(/https/);
  });
});

describe('rate limit', () => {
  it(
    'answers 429 with our error shape after 30 sign-in starts a minute from one address',
    { timeout: 120_000 },
    async () => {
      const from = { remoteAddress: '203.0.113.7' };
      for (let i = 0; i < 30; i += 1) {
        const res = await server.app.inject({ method: 'GET', url: '/pieteikties', ...from });
        expect(res.statusCode).toBe(303);
      }
      const limited = await server.app.inject({ method: 'GET', url: '/pieteikties', ...from });
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ code: 'rate_limited' });
      const page = await server.app.inject({
        method: 'GET',
        url: '/pieteikties',
        headers: { accept: 'text/html' },
        ...from,
      });
      expect(page.statusCode).toBe(429);
      expect(page.body).toContain('Pārāk daudz pieprasījumu');
    },
  );
});
