import { AxeBuilder } from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium, driven by Playwright; no browser is downloaded. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * Clicks a link or button and waits until the page it leads to has loaded. Playwright's click
 * returns when the next page commits, while its document may still be half parsed, so a count
 * taken at once can miss what the page is about to show.
 */
export async function clickThrough(target: Locator): Promise<void> {
  await target.click();
  await target.page().waitForLoadState('load');
}

/**
 * No serious or critical accessibility violation on the page at the address it shows. axe runs
 * as a script, and pages are mostly driven without JavaScript, so the address is opened again in
 * a context of its own with JavaScript and the same cookies.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const browser = page.context().browser();
  if (browser === null) throw new Error('The page has no browser');
  const own: BrowserContext = await browser.newContext({ locale: 'lv-LV' });
  try {
    await own.addCookies(await page.context().cookies());
    const checked = await own.newPage();
    await checked.goto(page.url());
    const results = await new AxeBuilder({ page: checked }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      page.url(),
    ).toEqual([]);
  } finally {
    await own.close();
  }
}
