import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_SECTIONS } from '../src/identity/service.ts';
import type { StaffRole } from '../src/platform/http/auth.ts';
import type { Clock } from '../src/platform/time/riga.ts';
import { expectAccessible, launchBrowser } from './support/browser.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { makeOrganisation } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';

/**
 * The back office in real Chromium without JavaScript: one navigation, of the member's role's
 * sections, on every staff page, the page's own section marked current, and axe clean.
 */

const clock: Clock = { now: () => new Date('2026-11-24T10:00:00Z') };
let server: ListeningApp;
let browser: Browser;
let organisationId = 0;

beforeAll(async () => {
  server = await startListeningApp({ clock });
  browser = await launchBrowser();
  organisationId = (await makeOrganisation(server.db)).id;
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Pages beneath a section, which mark that section as theirs. */
const deeperPages: Record<StaffRole, readonly { path: () => string; section: string }[]> = {
  ic_agent: [],
  pmlp_officer: [
    {
      path: () => `/darbinieki/organizacijas/${organisationId}`,
      section: '/darbinieki/organizacijas',
    },
    { path: () => '/darbinieki/organizacijas/jauna', section: '/darbinieki/organizacijas' },
  ],
};

describe('a staff member', () => {
  for (const role of ['pmlp_officer', 'ic_agent'] as const) {
    it(
      `(${role}) finds one navigation of the role's sections on every staff page`,
      { timeout: 300_000 },
      async () => {
        const staff = await staffSession(server.db, clock, role);
        const context = await browser.newContext({ javaScriptEnabled: false, locale: 'lv-LV' });
        const [name = '', value = ''] = staff.cookie.split('=');
        await context.addCookies([{ name, value, url: server.base }]);
        const page = await context.newPage();
        const sections = STAFF_SECTIONS[role].map((s) => s.path);
        const pages = [
          { path: '/darbinieki', section: '/darbinieki' },
          ...sections.map((path) => ({ path, section: path })),
          ...deeperPages[role].map((p) => ({ path: p.path(), section: p.section })),
        ];
        for (const { path, section } of pages) {
          const answer = await page.goto(`${server.base}${path}`);
          expect(answer?.status(), path).toBe(200);
          const nav = page.locator('nav.site-nav');
          await expect(nav.count(), path).resolves.toBe(1);
          const hrefs = await nav
            .locator('a')
            .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          expect(hrefs, path).toEqual(['/darbinieki', ...sections]);
          const current = await nav
            .locator('a[aria-current="page"]')
            .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          expect(current, path).toEqual([section]);
          const home = await page.locator('a.site-name').getAttribute('href');
          expect(new URL(home ?? '', server.base).pathname, path).toBe('/darbinieki');
          await expectAccessible(page);
        }
        await context.close();
      },
    );
  }

  it('reads the navigation in English on an English page', async () => {
    const staff = await staffSession(server.db, clock, 'pmlp_officer');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const [name = '', value = ''] = staff.cookie.split('=');
    await context.addCookies([{ name, value, url: server.base }]);
    const page = await context.newPage();
    await page.goto(`${server.base}/darbinieki/tarifi?lang=en`);
    const nav = page.locator('nav.site-nav');
    await expect(nav.getAttribute('aria-label')).resolves.toBe('Back office sections');
    await expect(nav.locator('a[aria-current="page"]').textContent()).resolves.toBe('Tariffs');
    await context.close();
  });
});
