import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../src/platform/time/riga.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { makePerson } from './support/factories.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { monitoringSystem } from './support/monitoring-list.ts';
import { orgUserSession } from './support/organisations.ts';

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

async function upload(page: Page, content: string) {
  await page.setInputFiles('#datne', {
    name: 'kodi.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(content),
  });
  await clickThrough(page.getByRole('button', { name: 'Augšupielādēt' }));
}

describe('uploading a file of personal codes in Chromium', () => {
  it('lists every bad line and changes nothing, then adds a good file; the pages pass axe', async () => {
    const system = await monitoringSystem(server, clock, { limit: 2 });
    const rep = await orgUserSession(server.db, clock, { organisationId: system.organisation.id });
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => makePerson(server.db)));
    if (a === undefined || b === undefined || c === undefined) throw new Error('no persons');
    const context: BrowserContext = await browser.newContext({ locale: 'lv-LV' });
    const [name = '', value = ''] = rep.cookie.split('=');
    await context.addCookies([{ name, value, url: server.base }]);
    const page = await context.newPage();
    await page.goto(`${server.base}/organizacijas/monitorings/produkcija`);
    await expectAccessible(page);

    await upload(page, `${a.personalCode};A\n010101-12345\n${b.personalCode}\n${c.personalCode}\n`);
    await expect
      .poll(() => page.locator('#file-problems-title').textContent())
      .toContain('Datnē ir 2 kļūdainas rindas');
    const rows = await page.locator('.error-summary tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('010101-12345');
    expect(rows[1]).toContain('Pārsniedz līgumā atļauto');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id),
    ).toEqual([]);
    await expect.poll(() => page.locator('main').textContent()).toContain('Monitorē 0 no 2');

    await upload(page, `${a.personalCode};A\n${b.personalCode.replace('-', '')}\n`);
    await expect
      .poll(() => page.locator('[role=status]').textContent())
      .toContain('Pievienotas 2 personas');
    expect(await page.locator('table').last().textContent()).toContain(a.personalCode);
    await expectAccessible(page);
    await context.close();
  });
});
