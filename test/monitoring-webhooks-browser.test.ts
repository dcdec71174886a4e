import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { makeMonitoringEvents } from './support/monitoring-events.ts';
import { orgUserSession } from './support/organisations.ts';
import { connectedSystem } from './support/system-client.ts';
import { startReceiver, type Receiver } from './support/webhook-receiver.ts';
import { clockFromNow, testDeliverer, webhookPath } from './support/webhooks.ts';

/** The connection's webhook page in Chromium without JavaScript, checked with axe. */

const clock = clockFromNow();
let server: ListeningApp;
let receiver: Receiver;
let browser: Browser;

beforeAll(async () => {
  server = await startListeningApp({ clock });
  receiver = await startReceiver();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await receiver.close();
  await server.close();
});

describe('the webhook page in a browser', () => {
  it('sets the address, shows the secret once, lists attempts and re-enables', async () => {
    const system = await connectedSystem(server, clock, { environment: 'test' });
    const rep = await orgUserSession(server.db, clock, { organisationId: system.organisation.id });
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'lv-LV' });
    const [name = '', value = ''] = rep.cookie.split(';')[0]?.split('=') ?? [];
    await context.addCookies([{ name, value, url: server.base }]);
    const page = await context.newPage();
    try {
      await page.goto(`${server.base}/organizacijas/savienojumi/${system.clientId}`);
      await clickThrough(page.getByRole('link', { name: /webhook/ }));
      expect(page.url()).toContain(webhookPath(system.clientId));
      await expectAccessible(page);

      await page.getByLabel('Adrese (URL)').fill('http://piemers.lv/hooks');
      await clickThrough(page.getByRole('button', { name: 'Saglabāt adresi' }));
      expect(await page.locator('.error-summary').innerText()).toContain('https://');
      expect(await page.getByLabel('Adrese (URL)').inputValue()).toBe('http://piemers.lv/hooks');

      await page.getByLabel('Adrese (URL)').fill(receiver.url);
      await clickThrough(page.getByRole('button', { name: 'Saglabāt adresi' }));
      const secret = await page.locator('.panel-confirmation code').innerText();
      expect(secret).toMatch(/^whsec_/);
      await expectAccessible(page);
      await page.reload();
      expect(await page.locator('.panel-confirmation').count()).toBe(0);

      receiver.answerWith(() => ({ status: 410, body: 'endpoint removed' }));
      await makeMonitoringEvents(
        server.db,
        { organisationId: system.organisation.id, environment: 'test' },
        1,
      );
      await testDeliverer(server, clock).runOnce();
      await page.reload();
      expect(await page.locator('table').last().innerText()).toContain('410');
      expect(await page.locator('table').last().innerText()).toContain('endpoint removed');
      await expectAccessible(page);

      await clickThrough(page.getByRole('button', { name: 'Ieslēgt atkal' }));
      expect(await page.locator('.notice').first().innerText()).toContain('sūtīšana turpinās');
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  }, 60_000);
});
