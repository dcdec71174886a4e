import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createStaffUser,
  DEMO_STAFF_EMAIL,
  loadDemoStaff,
  totpCode,
} from '../src/identity/service.ts';
import { createEnvelope, type Envelope } from '../src/platform/crypto/envelope.ts';
import type { Clock } from '../src/platform/time/riga.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { makePerson } from './support/factories.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { residentSession } from './support/resident.ts';

/** A clock the tests move: lockouts end and sessions idle without waiting. */
const clock = {
  at: Date.now(),
  now(): Date {
    return new Date(this.at);
  },
  advance(ms: number): void {
    this.at += ms;
  },
} satisfies Clock & { at: number; advance(ms: number): void };

let server: ListeningApp;
let browser: Browser;
let envelope: Envelope;
const PASSWORD = 'correct horse battery staple';
/** Each staff member's authenticator secret, as their app holds it. */
const secrets = new Map<string, string>();

beforeAll(async () => {
  server = await startListeningApp({ clock });
  envelope = createEnvelope(server.config.secrets.encryptionKey);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

let serial = 0;
async function staffMember(role: 'ic_agent' | 'pmlp_officer' = 'ic_agent') {
  serial += 1;
  const email = `agent${serial}@ic.example.lv`;
  const { totp } = await createStaffUser(server.db, envelope, {
    name: `Aģents ${serial}`,
    email,
    role,
    password: PASSWORD,
  });
  secrets.set(email, totp.secretBase32);
  return email;
}

/**
 * The code the member's app shows now. Each call moves the clock to the next 30-second step
 * first, as a person signing in again would be: a step once used is refused.
 */
function codeOf(email: string): string {
  clock.advance(30_000);
  const secret = secrets.get(email.toLowerCase());
  return secret === undefined ? '000000' : totpCode(secret, clock.now());
}

/** The sign-in page's form token and the cookie it is bound to, as a browser would hold them. */
async function signInForm(): Promise<{ csrf: string; cookie: string }> {
  const res = await server.app.inject({ method: 'GET', url: '/darbinieki/pieteikties' });
  expect(res.statusCode).toBe(200);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1] ?? '';
  const anon = res.cookies.find((c) => c.name === 'rg_csrf');
  if (anon === undefined || csrf === '') throw new Error('no form token');
  return { csrf, cookie: `rg_csrf=${anon.value}` };
}

/**
 * Each test signs in from an address of its own: the sign-in's rate limit (30 a minute from one
 * address, tested in rate-limit-shared.test.ts) would otherwise count the whole file together.
 */
let testAddress = '';
let tests = 0;
beforeEach(() => {
  tests += 1;
  testAddress = `10.0.0.${tests}`;
});

/** A form as browsers send it (urlencoded), not JSON. */
function formPost(
  url: string,
  cookie: string,
  fields: Record<string, string>,
  accept = 'text/html',
) {
  return server.app.inject({
    method: 'POST',
    url,
    headers: { cookie, accept, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
    remoteAddress: testAddress,
  });
}

async function signIn(email: string, password: string, code = codeOf(email)) {
  const form = await signInForm();
  return formPost('/darbinieki/pieteikties', form.cookie, {
    _csrf: form.csrf,
    email,
    password,
    code,
  });
}

function sessionCookie(res: { cookies: { name: string; value: string }[] }): string {
  const cookie = res.cookies.find((c) => c.name === 'rg_session');
  if (cookie === undefined) throw new Error('no session cookie');
  return `rg_session=${cookie.value}`;
}

describe('staff sign-in', () => {
  it('signs in with e-mail, password and code, in any letter case, and shows the back office', async () => {
    const email = await staffMember();
    const res = await signIn(email.toUpperCase(), PASSWORD);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/darbinieki');
    const cookie = res.cookies.find((c) => c.name === 'rg_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const home = await server.app.inject({
      method: 'GET',
      url: '/darbinieki',
      headers: { cookie: sessionCookie(res) },
    });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Aģents');
    expect(home.body).toContain('Informācijas centra darbinieks');
    expect(home.body).toMatch(/Sesija beigsies \d\d:\d\d, ja nebūsiet aktīvs/);
  });

  it('goes back to the page that asked for sign-in, and only to a page of this site', async () => {
    const email = await staffMember();
    const unsigned = await server.app.inject({
      method: 'GET',
      url: '/darbinieki',
      headers: { accept: 'text/html' },
    });
    expect(unsigned.statusCode).toBe(303);
    expect(unsigned.headers.location).toBe('/darbinieki/pieteikties?atpakal=%2Fdarbinieki');
    const form = await signInForm();
    for (const [atpakal, expected] of [
      ['/darbinieki?lang=en', '/darbinieki?lang=en'],
      ['https://evil.example/', '/darbinieki'],
    ] as const) {
      const res = await formPost('/darbinieki/pieteikties', form.cookie, {
        _csrf: form.csrf,
        email,
        password: PASSWORD,
        code: codeOf(email),
        atpakal,
      });
      expect(res.headers.location).toBe(expected);
    }
  });

  it(
    'in a real browser: names each problem, keeps the e-mail, passes axe, and signs in',
    { timeout: 120_000 },
    async () => {
      const email = await staffMember();
      const context = await browser.newContext({ javaScriptEnabled: false, locale: 'lv-LV' });
      const page = await context.newPage();
      await page.goto(`${server.base}/darbinieki/pieteikties`);
      await expectAccessible(page);
      await clickThrough(page.getByRole('button', { name: 'Pieteikties' }));
      await expect(page.locator('.error-summary').textContent()).resolves.toMatch(
        /Ievadiet e-pasta adresi\..*Ievadiet paroli\..*Ievadiet 6 ciparu kodu/,
      );
      await expectAccessible(page);
      await page.getByLabel('E-pasta adrese').fill(email);
      await page.getByLabel('Parole').fill('not the password');
      await page.getByLabel('Kods', { exact: false }).fill(codeOf(email));
      await clickThrough(page.getByRole('button', { name: 'Pieteikties' }));
      await expect(page.locator('.error-summary').textContent()).resolves.toContain(
        'Nepareiza e-pasta adrese, parole vai kods.',
      );
      await expect(page.getByLabel('E-pasta adrese').inputValue()).resolves.toBe(email);
      await expect(page.getByLabel('Parole').inputValue()).resolves.toBe('');
      await page.getByLabel('Parole').fill(PASSWORD);
      await page.getByLabel('Kods', { exact: false }).fill(codeOf(email));
      await clickThrough(page.getByRole('button', { name: 'Pieteikties' }));
      expect(page.url()).toBe(`${server.base}/darbinieki`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Darba vieta');
      await expectAccessible(page);
      await clickThrough(page.getByRole('button', { name: 'Iziet' }));
      expect(page.url()).toBe(`${server.base}/`);
      await page.goto(`${server.base}/darbinieki`);
      expect(new URL(page.url()).pathname).toBe('/darbinieki/pieteikties');
      await context.close();
    },
  );

  it('answers an unknown address exactly like a wrong password or a wrong code', async () => {
    const res = await signIn('nobody@ic.example.lv', PASSWORD);
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('Nepareiza e-pasta adrese, parole vai kods.');
    expect(res.cookies.some((c) => c.name === 'rg_session')).toBe(false);
    const email = await staffMember();
    const wrongCode = await signIn(email, PASSWORD, '000000');
    expect(wrongCode.statusCode).toBe(401);
    expect(wrongCode.body).toContain('Nepareiza e-pasta adrese, parole vai kods.');
  });

  it('accepts a code once: the same code again does not sign in', async () => {
    const email = await staffMember();
    const code = codeOf(email);
    expect((await signIn(email, PASSWORD, code)).statusCode).toBe(303);
    expect((await signIn(email, PASSWORD, code)).statusCode).toBe(401);
  });

  it('refuses a password alone: staff without an issued authenticator cannot sign in', async () => {
    const email = await staffMember();
    await server.db
      .updateTable('staff_users')
      .set({ totp_secret: null })
      .where('email', '=', email)
      .execute();
    const res = await signIn(email, PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('nav izsniegts otrais faktors');
    // Without the password, nothing says so.
    expect((await signIn(email, 'wrong password')).statusCode).toBe(401);
  });

  it('counts wrong codes toward the lock as wrong passwords do', async () => {
    const email = await staffMember();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect((await signIn(email, PASSWORD, '123456')).statusCode).toBe(401);
    }
    expect((await signIn(email, PASSWORD, '123456')).statusCode).toBe(423);
    expect((await signIn(email, PASSWORD)).statusCode).toBe(423);
    clock.advance(16 * 60_000);
  });

  it(
    'locks the account after five wrong passwords, for fifteen minutes',
    { timeout: 60_000 },
    async () => {
      const email = await staffMember();
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        const res = await signIn(email, `wrong password ${attempt}`);
        expect(res.statusCode, `attempt ${attempt}`).toBe(401);
      }
      const fifth = await signIn(email, 'wrong password 5');
      expect(fifth.statusCode).toBe(423);
      expect(fifth.body).toMatch(/konts ir bloķēts līdz \d\d:\d\d/);
      // The right password does not open a locked account, and does not shorten the lock.
      const sixth = await signIn(email, PASSWORD);
      expect(sixth.statusCode).toBe(423);
      expect(sixth.cookies.some((c) => c.name === 'rg_session')).toBe(false);
      // Each sign-in moves the clock half a minute (codeOf): 30 s + 13 min + 30 s is 14 minutes.
      clock.advance(13 * 60_000);
      expect((await signIn(email, PASSWORD)).statusCode).toBe(423);
      clock.advance(60_000 + 1000);
      const after = await signIn(email, PASSWORD);
      expect(after.statusCode).toBe(303);
      const row = await server.db
        .selectFrom('staff_users')
        .select(['failed_attempts', 'locked_until'])
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ failed_attempts: 0, locked_until: null });
    },
  );

  it('says in English that the account is locked', async () => {
    const email = await staffMember();
    for (let attempt = 1; attempt <= 5; attempt += 1) await signIn(email, 'wrong');
    const form = await signInForm();
    const res = await formPost('/darbinieki/pieteikties?lang=en', form.cookie, {
      _csrf: form.csrf,
      email,
      password: PASSWORD,
      code: codeOf(email),
    });
    expect(res.statusCode).toBe(423);
    expect(res.body).toMatch(/the account is locked until \d\d:\d\d/);
    clock.advance(16 * 60_000);
  });
});

describe('CSRF', () => {
  it('refuses a form without the token or with a wrong one, and changes nothing', async () => {
    const email = await staffMember();
    const form = await signInForm();
    for (const payload of [
      { email, password: PASSWORD } as Record<string, string>,
      { email, password: PASSWORD, _csrf: 'guessed' },
      { email, password: PASSWORD, _csrf: `${form.csrf}x` },
    ]) {
      const res = await formPost(
        '/darbinieki/pieteikties',
        form.cookie,
        payload,
        'application/json',
      );
      expect(res.statusCode).toBe(403);
      const body = res.json<{ code: string; message: { lv: string; en: string } }>();
      expect(body.code).toBe('csrf_invalid');
      expect(body.message.lv).toContain('Veidlapa');
      expect(body.message.en).toContain('form');
      expect(res.cookies.some((c) => c.name === 'rg_session')).toBe(false);
    }
    // A token without the cookie it belongs to is refused too (another browser's token).
    const stolen = await formPost('/darbinieki/pieteikties', '', {
      _csrf: form.csrf,
      email,
      password: PASSWORD,
    });
    expect(stolen.statusCode).toBe(403);
  });

  it('checks multipart forms as well, before anything happens', async () => {
    const email = await staffMember();
    const cookie = sessionCookie(await signIn(email, PASSWORD));
    const session = await server.app.inject({
      method: 'GET',
      url: '/darbinieki',
      headers: { cookie },
    });
    const token = /name="_csrf" value="([^"]+)"/.exec(session.body)?.[1] ?? '';
    const multipart = (csrf: string) => {
      const boundary = '----identity-test';
      const body =
        `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="attachment"; filename="a.txt"\r\n` +
        `Content-Type: text/plain\r\n\r\nhello\r\n--${boundary}--\r\n`;
      return server.app.inject({
        method: 'POST',
        url: '/iziet',
        headers: {
          cookie,
          accept: 'application/json',
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload: body,
      });
    };
    const forged = await multipart('forged');
    expect(forged.statusCode).toBe(403);
    expect(forged.json()).toMatchObject({ code: 'csrf_invalid' });
    const still = await server.app.inject({
      method: 'GET',
      url: '/darbinieki',
      headers: { cookie },
    });
    expect(still.statusCode).toBe(200);
    const genuine = await multipart(token);
    expect(genuine.statusCode).toBe(303);
    const gone = await server.app.inject({
      method: 'GET',
      url: '/sesija',
      headers: { cookie, accept: 'application/json' },
    });
    expect(gone.statusCode).toBe(401);
  });

  it('leaves JSON calls with a bearer token alone', async () => {
    const { createOperatorToken } = await import('../src/identity/service.ts');
    const { token } = await createOperatorToken(server.db, { name: 'Test', authority: 'PMLP' });
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/operator/v1/persons/lookup',
      headers: { authorization: `Bearer ${token}` },
      payload: { personalCode: '010101-10006', reason: 'test' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'person_not_found' });
  });
});

describe('who may use what', () => {
  it('keeps residents out of the back office and staff out of residents’ pages', async () => {
    const person = await makePerson(server.db);
    const residentCookie = (await residentSession(server.db, clock, person)).cookie;
    const staffCookie = sessionCookie(await signIn(await staffMember('pmlp_officer'), PASSWORD));
    const get = (url: string, cookie: string) =>
      server.app.inject({ method: 'GET', url, headers: { cookie, accept: 'application/json' } });

    expect((await get('/darbinieki', residentCookie)).json()).toMatchObject({ code: 'forbidden' });
    expect((await get('/darbinieki', residentCookie)).statusCode).toBe(403);
    expect((await get('/mana-pieteiksanas', staffCookie)).statusCode).toBe(403);
    expect((await get('/darbinieki', staffCookie)).statusCode).toBe(200);
    expect((await get('/mana-pieteiksanas', residentCookie)).statusCode).toBe(200);
    expect((await get('/sesija', residentCookie)).statusCode).toBe(200);
    expect((await get('/sesija', staffCookie)).statusCode).toBe(200);
    expect((await get('/darbinieki', '')).statusCode).toBe(401);

    // The reports' queue is the Information Centre's: residents and other staff are refused.
    expect((await get('/darbinieki/zinojumi', residentCookie)).statusCode).toBe(403);
    const officer = await get('/darbinieki/zinojumi', staffCookie);
    expect(officer.statusCode).toBe(403);
    expect(officer.json()).toMatchObject({ code: 'role_required' });
    const agentCookie = sessionCookie(await signIn(await staffMember('ic_agent'), PASSWORD));
    expect((await get('/darbinieki/zinojumi', agentCookie)).statusCode).toBe(200);
    // And the residents' pages are the residents' own.
    expect((await get('/tavi-e-pakalpojumi', agentCookie)).statusCode).toBe(403);
    expect((await get('/tavi-e-pakalpojumi', residentCookie)).statusCode).toBe(200);
    // Signing out needs a session (and its form token): nobody else can post it.
    const anonymous = await formPost('/iziet', '', { _csrf: 'x' }, 'application/json');
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('staff accounts', () => {
  it('refuses a second account with the same e-mail, a short password, a bad address', async () => {
    const email = await staffMember();
    const make = (overrides: Partial<Parameters<typeof createStaffUser>[2]>) =>
      createStaffUser(server.db, envelope, {
        name: 'Cits',
        email: 'other@ic.example.lv',
        role: 'ic_agent',
        password: PASSWORD,
        ...overrides,
      });
    await expect(make({ email: email.toUpperCase() })).rejects.toMatchObject({
      code: 'staff_email_taken',
    });
    await expect(make({ password: 'short' })).rejects.toMatchObject({
      code: 'staff_password_weak',
    });
    await expect(make({ email: 'not an address' })).rejects.toMatchObject({
      code: 'staff_email_invalid',
    });
    await expect(make({ name: '  ' })).rejects.toMatchObject({ code: 'staff_name_missing' });
    const stored = await server.db
      .selectFrom('staff_users')
      .select('password_hash')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('seals the authenticator secret, and a new one issued replaces the old at once', async () => {
    const email = await staffMember();
    const stored = await server.db
      .selectFrom('staff_users')
      .select('totp_secret')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const secret = secrets.get(email) ?? '';
    expect(stored.totp_secret?.includes(Buffer.from(secret))).toBe(false);
    const { reissueStaffTotp } = await import('../src/identity/service.ts');
    const issued = await reissueStaffTotp(server.db, envelope, email.toUpperCase());
    expect(issued?.uri).toContain('otpauth://totp/');
    expect((await signIn(email, PASSWORD)).statusCode).toBe(401);
    secrets.set(email, issued?.secretBase32 ?? '');
    expect((await signIn(email, PASSWORD)).statusCode).toBe(303);
    expect(await reissueStaffTotp(server.db, envelope, 'nobody@ic.example.lv')).toBeNull();
  });

  it('loads the demo agent once, with a password that stays the same and works', async () => {
    const first = await loadDemoStaff(server.db, server.config, envelope);
    const second = await loadDemoStaff(server.db, server.config, envelope);
    expect(second).toEqual(first);
    expect(first).toMatchObject({ email: DEMO_STAFF_EMAIL, role: 'ic_agent' });
    secrets.set(first.email, first.totpSecretBase32);
    expect((await signIn(first.email, first.password)).statusCode).toBe(303);
  });
});
