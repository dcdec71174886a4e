import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../src/platform/time/riga.ts';
import { WELL_KNOWN_PERSONS } from '../src/register/service.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';

/**
 * The API documentation as an organisation's representative finds it: linked from the
 * organisation's home and its connections page, in Latvian and in English, with the test persons
 * and every operation, and the interactive reference in the service's own dress.
 */

const clock: Clock = { now: () => new Date() };
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

async function representative(): Promise<BrowserContext> {
  const org = await makeOrganisation(server.db);
  const rep = await orgUserSession(server.db, clock, { organisationId: org.id });
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'lv-LV' });
  const [name = '', value = ''] = rep.cookie.split('=');
  await context.addCookies([{ name, value, url: server.base }]);
  return context;
}

describe('the API documentation', () => {
  it('is reached from the organisation’s pages and reads in Latvian and English', async () => {
    const context = await representative();
    const page = await context.newPage();
    await page.goto(`${server.base}/organizacijas/savienojumi?lang=lv`);
    await clickThrough(page.locator('main').getByRole('link', { name: /API dokumentācija/ }));
    expect(new URL(page.url()).pathname).toBe('/api/docs');

    await page.goto(`${server.base}/organizacijas`);
    await clickThrough(page.locator('main').getByRole('link', { name: 'API dokumentācija' }));
    expect(new URL(page.url()).pathname).toBe('/api/docs');
    await expect(page.locator('h1').textContent()).resolves.toBe('Datu pārraides API');
    const main = (await page.locator('main').textContent()) ?? '';
    for (const person of WELL_KNOWN_PERSONS) expect(main).toContain(person.personalCode);
    expect(main).toContain('POST /api/v1/oauth/token');
    expect(main).toContain('POST /api/v1/persons/search');
    expect(main).toContain(server.base);
    await expectAccessible(page);

    await clickThrough(page.getByRole('link', { name: 'English' }));
    await expect(page.locator('h1').textContent()).resolves.toBe('Data transfer API');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expectAccessible(page);

    await clickThrough(page.getByRole('link', { name: 'Interactive API reference' }));
    expect(new URL(page.url()).pathname).toMatch(/^\/api\/docs\/ui/);
    await context.close();
  });

  it('shows the interactive reference under the service’s name, without the framework’s brand', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.base}/api/docs/ui`);
    await page.locator('.swagger-ui .info .title').waitFor();
    await expect(page.title()).resolves.toBe('Register Gateway API – reference');
    await expect(page.locator('.topbar').count()).resolves.toBe(0);
    await expect(
      page.locator('img[alt*="Swagger" i], img[alt*="fastify" i]').count(),
    ).resolves.toBe(0);
    const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect(icon).toContain('favicon.svg');
    await expect(page.locator('.swagger-ui').textContent()).resolves.toContain(
      'Register Gateway API',
    );
    const results = await new AxeBuilder({ page }).include('.swagger-ui .info').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    await context.close();
  });
});
