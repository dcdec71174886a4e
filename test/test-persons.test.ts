import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import type { Clock } from '../src/platform/time/riga.ts';
import { loadTestDataset, WELL_KNOWN_PERSONS } from '../src/register/service.ts';
import { loadWellKnownPersons } from '../src/register/well-known-persons.ts';
import { expectAccessible, launchBrowser } from './support/browser.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { orgUserSession } from './support/organisations.ts';
import { connectedSystem, TEST_PURPOSE } from './support/system-client.ts';

/**
 * The test data set's well-known persons: always there, listed to a test connection by the API
 * and on its page, and answered in the test environment, the demo persons among them.
 */

const clock: Clock = { now: () => new Date('2026-11-24T10:00:00Z') };
let t: ListeningApp;
let browser: Browser;

beforeAll(async () => {
  t = await startListeningApp({ clock });
  const envelope = createEnvelope(t.config.secrets.encryptionKey);
  // The demo data's persons too, so the test environment must tell its own from the register's.
  await loadWellKnownPersons(t.db, envelope);
  await loadTestDataset(t.db, envelope, 20);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await t.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('the test data set’s well-known persons', () => {
  it('are listed to a test connection, and each answers a by-code query there', async () => {
    const system = await connectedSystem(t, clock, {
      environment: 'test',
      scopes: ['identity', 'addresses', 'documents', 'relatives', 'death'],
    });
    const token = await system.token();
    const list = await t.app.inject({ url: '/api/v1/test-persons', headers: bearer(token) });
    expect(list.statusCode).toBe(200);
    const body = list.json<{ environment: string; persons: { personalCode: string }[] }>();
    expect(body.environment).toBe('test');
    expect(body.persons.map((p) => p.personalCode)).toEqual(
      WELL_KNOWN_PERSONS.map((p) => p.personalCode),
    );

    for (const { personalCode } of body.persons) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/persons/by-code',
        headers: bearer(token),
        payload: { personalCode, purpose: TEST_PURPOSE, endUser: 'Testēšana' },
      });
      expect(res.statusCode, personalCode).toBe(200);
      expect(res.json()).toMatchObject({
        environment: 'test',
        fee: { totalCents: 0 },
        person: { personalCode },
      });
    }
  });

  it('show what each is good for: a changed address, a death, a minor with parents, documents', async () => {
    const system = await connectedSystem(t, clock, {
      environment: 'test',
      scopes: ['identity', 'addresses', 'documents', 'relatives', 'death'],
    });
    const token = await system.token();
    const ask = async (personalCode: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/persons/by-code',
        headers: bearer(token),
        payload: { personalCode, purpose: TEST_PURPOSE, endUser: 'Testēšana' },
      });
      return res.json<{ person: Record<string, unknown> }>().person;
    };
    const janis = await ask('161175-19997');
    expect(janis.documents).toHaveLength(2);
    const marta = await ask('010101-10006');
    expect(marta.death).toMatchObject({ diedOn: '1989-12-03' });
    const liga = await ask('090314-24174');
    expect(JSON.stringify(liga.relatives)).toContain('161175-19997');
    const karlis = await ask('210788-12336');
    expect(JSON.stringify(karlis.addresses)).toContain('Liepāj');
    expect(JSON.stringify(karlis.addresses)).toContain('Rīga');
  });

  it('refuses the list to a production connection, which cannot query them', async () => {
    const system = await connectedSystem(t, clock, { environment: 'production' });
    const res = await t.app.inject({
      url: '/api/v1/test-persons',
      headers: bearer(await system.token()),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'test_persons_test_only' });
  });

  it('are on a test connection’s page, not on a production one’s, in both languages', async () => {
    const test = await connectedSystem(t, clock, { environment: 'test' });
    const production = await connectedSystem(t, clock, { environment: 'production' });
    for (const [system, shown] of [
      [test, true],
      [production, false],
    ] as const) {
      const rep = await orgUserSession(t.db, clock, { organisationId: system.organisation.id });
      const [name = '', value = ''] = rep.cookie.split('=');
      for (const locale of ['lv', 'en'] as const) {
        const context = await browser.newContext({ javaScriptEnabled: false });
        await context.addCookies([{ name, value, url: t.base }]);
        const page = await context.newPage();
        await page.goto(`${t.base}/organizacijas/savienojumi/${system.clientId}?lang=${locale}`);
        const section = page.locator('section[aria-labelledby="test-persons"]');
        await expect(section.count()).resolves.toBe(shown ? 1 : 0);
        if (shown) {
          const text = await section.innerText();
          for (const person of WELL_KNOWN_PERSONS) {
            expect(text).toContain(person.personalCode);
            expect(text).toContain(person.tryWith[locale]);
          }
          expect(text).toContain('/api/v1/test-persons');
          await expectAccessible(page);
        }
        await context.close();
      }
    }
  });
});
