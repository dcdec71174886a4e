import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from './support/app.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';

let ctx: TestContext;
let browser: Browser;
let base: string;

beforeAll(async () => {
  ctx = await createTestApp();
  base = await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await ctx.close();
});

describe('the list of e-services', () => {
  it('reads in Latvian and in English, switches language without JavaScript, and passes axe', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'lv-LV' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('lv');
    await expect(page.locator('h1').textContent()).resolves.toBe('E-pakalpojumi');
    await expectAccessible(page);
    await page.click('text=English');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('E-services');
    await expectAccessible(page);
    await context.close();
  });

  it('shows a page, not JSON, for an unknown address, in the chosen language', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${base}/nav-tadas-lapas?lang=en`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('No such page or resource.');
    await expectAccessible(page);
    await context.close();
  });
});

describe('the e-service’s public pages', () => {
  it('describe the service, help with signing in and list related services, in both languages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'lv-LV' });
    const page = await context.newPage();
    const pages: [string, string, string][] = [
      [
        '/e-pakalpojumi/bdas',
        'Informācija par mani Biometrijas datu apstrādes sistēmā',
        'Information about me in the Biometric Data Processing System',
      ],
      ['/palidziba/autentifikacija', 'Palīdzība par autentifikāciju', 'Help on signing in'],
      ['/e-pakalpojumi/saistitie', 'Citi saistītie pakalpojumi', 'Other related services'],
    ];
    for (const [path, lv, en] of pages) {
      await page.goto(`${base}${path}?lang=lv`);
      await expect(page.locator('h1').textContent()).resolves.toBe(lv);
      // The "?" help sits on every page of the service.
      await expect(page.locator('a.help-mark').getAttribute('href')).resolves.toBe(
        '/palidziba/autentifikacija',
      );
      await expectAccessible(page);
      await page.goto(`${base}${path}?lang=en`);
      await expect(page.locator('h1').textContent()).resolves.toBe(en);
    }
    await page.goto(`${base}/?lang=lv`);
    await clickThrough(
      page.getByRole('link', { name: 'Informācija par mani Biometrijas datu apstrādes sistēmā' }),
    );
    await expect(
      page.getByRole('link', { name: 'Uzsākt e-pakalpojumu' }).getAttribute('href'),
    ).resolves.toBe('/pieteikties?atpakal=/e-pakalpojumi/bdas/sakt');
    await context.close();
  });

  it('describe the organisations’ service with today’s prices and the way in, in both languages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'lv-LV' });
    const page = await context.newPage();
    await page.goto(`${base}/?lang=lv`);
    await clickThrough(
      page.getByRole('link', { name: 'Tiešsaistes datu pārraide no Fizisko personu reģistra' }),
    );
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Tiešsaistes datu pārraide no Fizisko personu reģistra',
    );
    // Prices come from the tariff table, as seeded from the price list.
    await expect(page.locator('table').textContent()).resolves.toContain('EUR 245,12');
    await expect(page.locator('table').textContent()).resolves.toContain('EUR 2,00');
    await expect(
      page.getByRole('link', { name: 'Reģistrēt organizāciju' }).getAttribute('href'),
    ).resolves.toBe('/organizacijas/registracija');
    await expectAccessible(page);
    await page.goto(`${base}/e-pakalpojumi/datu-parraide?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Online data transfer from the Population Register',
    );
    await expect(page.locator('table').textContent()).resolves.toContain('EUR 245.12');
    await expectAccessible(page);
    await context.close();
  });

  it('sends a visitor who is not signed in to sign in, and back', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/tavi-e-pakalpojumi',
      headers: { accept: 'text/html' },
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/pieteikties?atpakal=%2Ftavi-e-pakalpojumi');
    const api = await ctx.app.inject({ method: 'GET', url: '/tavi-e-pakalpojumi' });
    expect(api.statusCode).toBe(401);
  });
});

describe('security headers', () => {
  it('sends a nonce-based CSP, no-store and the request id on pages', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/' });
    expect(res.headers['content-security-policy']).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});
