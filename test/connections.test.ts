import { calculateJwkThumbprint, exportJWK, generateSecret } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKeyExpiryCheck, scheduleKeyExpiryCheck } from '../src/identity/service.ts';
import { jobHandlers } from '../src/job-handlers.ts';
import type { Clock } from '../src/platform/time/riga.ts';
import { makeConcludedAgreement } from './support/agreements.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { queuedMails, systemKey } from './support/connections.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';
import { freshFormFields } from './support/forms.ts';

const clock = {
  at: Date.parse('2026-11-20T09:00:00Z'),
  now(): Date {
    return new Date(this.at);
  },
} satisfies Clock & { at: number };

let server: ListeningApp;
let browser: Browser;

beforeAll(async () => {
  server = await startListeningApp({ clock });
});
afterAll(async () => {
  await server.close();
});

interface Who {
  cookie: string;
  csrf: string;
}

function get(url: string, who: Who | null, accept = 'text/html') {
  return server.app.inject({
    method: 'GET',
    url,
    headers: { accept, ...(who === null ? {} : { cookie: who.cookie }) },
  });
}

/** A form as browsers send it; JSON accepted unless asked, so refusals show their codes. */
function post(
  url: string,
  who: Who | null,
  fields: Record<string, string>,
  accept = 'application/json',
) {
  return server.app.inject({
    method: 'POST',
    url,
    headers: {
      accept,
      'content-type': 'application/x-www-form-urlencoded',
      ...(who === null ? {} : { cookie: who.cookie }),
    },
    payload: new URLSearchParams({
      ...fields,
      ...(who === null ? {} : { ...freshFormFields(who.csrf) }),
    }).toString(),
  });
}

/** An organisation whose concluded agreement grants the test environment, and its representative. */
async function organisationWithAgreement(systemConnections = 2) {
  const organisation = await makeOrganisation(server.db);
  const agreement = await makeConcludedAgreement(server.db, organisation.id, {
    environments: ['test'],
    systemConnections,
  });
  const rep = await orgUserSession(server.db, clock, { organisationId: organisation.id });
  return { organisation, agreement, rep };
}

async function goodForm(overrides: Record<string, string> = {}) {
  const key = await systemKey('ES256');
  return {
    key,
    fields: {
      name: 'Klientu reģistrs',
      environment: 'test',
      jwk: JSON.stringify(key.jwk),
      keyExpiresOn: '2027-06-30',
      sourceAddresses: '198.51.100.0/24\n2001:db8::10',
      ...overrides,
    },
  };
}

const connectionCount = async (organisationId: number) =>
  Number(
    (
      await server.db
        .selectFrom('connections')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('organisation_id', '=', organisationId)
        .executeTakeFirstOrThrow()
    ).n,
  );

async function register(rep: Who, fields: Record<string, string>): Promise<string> {
  const res = await post('/organizacijas/savienojumi/jauns', rep, fields, 'text/html');
  expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
  const clientId = /\/organizacijas\/savienojumi\/(rg-[0-9a-f]{20})\?jauns=1$/.exec(
    res.headers.location ?? '',
  )?.[1];
  if (clientId === undefined) throw new Error(`unexpected location ${res.headers.location ?? ''}`);
  return clientId;
}

const statusOf = async (clientId: string) =>
  (
    await server.db
      .selectFrom('connections')
      .select(['status', 'suspension_reason'])
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow()
  ).status;

describe('registering a connection', () => {
  it('stores a pending connection with its public key, audits it and mails the organisation', async () => {
    const { organisation, agreement, rep } = await organisationWithAgreement();
    const form = await get('/organizacijas/savienojumi/jauns', rep);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<option value="test"');
    expect(form.body).not.toContain('<option value="production"');
    const { key, fields } = await goodForm();
    const clientId = await register(rep, fields);
    const row = await server.db
      .selectFrom('connections')
      .selectAll()
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      organisation_id: organisation.id,
      agreement_id: agreement.id,
      environment: 'test',
      status: 'pending',
      name: 'Klientu reģistrs',
      source_addresses: ['198.51.100.0/24', '2001:db8::10'],
    });
    const keys = await server.db
      .selectFrom('connection_keys')
      .selectAll()
      .where('connection_id', '=', row.id)
      .execute();
    expect(keys).toHaveLength(1);
    expect(keys[0]?.kid).toBe(await calculateJwkThumbprint(key.jwk));
    expect(keys[0]?.public_jwk).not.toHaveProperty('d');
    // The end of the chosen day in Riga (UTC+3 in summer).
    expect(keys[0]?.expires_at.toISOString()).toBe('2027-06-30T21:00:00.000Z');
    const audit = await server.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'connection.registered')
      .where('organisation_id', '=', organisation.id)
      .execute();
    expect(audit).toHaveLength(1);
    const mails = (await queuedMails(server.db)).filter((m) => m.reference === clientId);
    expect(mails.map((m) => m.to)).toEqual([`org${organisation.registrationNumber}@example.lv`]);

    const details = await get(`/organizacijas/savienojumi/${clientId}?jauns=1`, rep);
    expect(details.statusCode).toBe(200);
    expect(details.body).toContain('Savienojums pieteikts');
    expect(details.body).toContain(clientId);
    const list = await get('/organizacijas/savienojumi', rep);
    expect(list.body).toContain(clientId);
    expect(list.body).toContain('Gaida aktivizēšanu');
  });

  it('refuses bad input with stable codes and stores nothing', async () => {
    const { organisation, rep } = await organisationWithAgreement();
    const secret = await exportJWK(await generateSecret('HS256', { extractable: true }));
    const priv = await systemKey('ES256');
    // Too short for RS256 today; made with node, since jose will not make one.
    const weakRsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
      format: 'jwk',
    });
    const cases: [Record<string, string>, number, string][] = [
      [{ jwk: JSON.stringify(priv.privateJwk) }, 400, 'jwk_not_public'],
      [{ jwk: JSON.stringify(secret) }, 400, 'jwk_not_public'],
      [{ jwk: '{"kty": "EC", "crv": ' }, 400, 'jwk_invalid'],
      [{ jwk: JSON.stringify(weakRsa) }, 400, 'jwk_unsupported'],
      [{ sourceAddresses: '198.51.100.0/24\n300.1.1.1' }, 400, 'source_address_invalid'],
      [{ sourceAddresses: '198.51.100.0/33' }, 400, 'source_address_invalid'],
      [{ environment: 'production' }, 400, 'environment_not_agreed'],
      [{ keyExpiresOn: '2026-11-01' }, 400, 'key_expiry_invalid'],
      [{ keyExpiresOn: '2029-01-01' }, 400, 'key_expiry_invalid'],
      [{ keyExpiresOn: '' }, 400, 'key_expiry_invalid'],
      [{ name: ' ' }, 400, 'connection_name_missing'],
    ];
    for (const [overrides, status, code] of cases) {
      const { fields } = await goodForm(overrides);
      const res = await post('/organizacijas/savienojumi/jauns', rep, fields);
      expect({ status: res.statusCode, code: res.json<{ code: string }>().code }).toEqual({
        status,
        code,
      });
    }
    expect(await connectionCount(organisation.id)).toBe(0);

    // A browser gets the form back, with the error summary and what was typed.
    const { fields } = await goodForm({ name: 'Mana sistēma', jwk: 'nav JSON' });
    const page = await post('/organizacijas/savienojumi/jauns', rep, fields, 'text/html');
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('error-summary');
    expect(page.body).toContain('Publiskajai atslēgai jābūt derīgam JWK JSON objektam.');
    expect(page.body).toContain('value="Mana sistēma"');
    expect(await connectionCount(organisation.id)).toBe(0);
  });

  it('allows no more connections per environment than the agreement does', async () => {
    const { organisation, rep } = await organisationWithAgreement(1);
    await register(rep, (await goodForm()).fields);
    const res = await post('/organizacijas/savienojumi/jauns', rep, (await goodForm()).fields);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'connection_limit_reached' });
    expect(await connectionCount(organisation.id)).toBe(1);
  });

  it('needs an agreement in force', async () => {
    const organisation = await makeOrganisation(server.db);
    const rep = await orgUserSession(server.db, clock, { organisationId: organisation.id });
    const form = await get('/organizacijas/savienojumi/jauns', rep);
    expect(form.body).toContain('kad ir noslēgts līgums');
    const res = await post('/organizacijas/savienojumi/jauns', rep, (await goodForm()).fields);
    expect(res.json()).toMatchObject({ code: 'environment_not_agreed' });
  });
});

describe('staff work on connections', () => {
  it('activates, suspends with a reason and restores; each change audited and mailed', async () => {
    const { organisation, rep } = await organisationWithAgreement();
    const clientId = await register(rep, (await goodForm()).fields);
    const officer = await staffSession(server.db, clock, 'pmlp_officer');
    const list = await get('/darbinieki/savienojumi?statuss=pending', officer);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(clientId);
    const page = await get(`/darbinieki/savienojumi/${clientId}`, officer);
    expect(page.body).toContain('Aktivizēt savienojumu');

    const base = `/darbinieki/savienojumi/${clientId}`;
    expect((await post(`${base}/aktivizet`, officer, {}, 'text/html')).statusCode).toBe(303);
    expect(await statusOf(clientId)).toBe('active');
    const again = await post(`${base}/aktivizet`, officer, {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'connection_status_conflict' });

    const noReason = await post(`${base}/apturet`, officer, { reason: ' ' });
    expect(noReason.json()).toMatchObject({ code: 'suspension_reason_missing' });
    const noReasonPage = await post(`${base}/apturet`, officer, { reason: '' }, 'text/html');
    expect(noReasonPage.statusCode).toBe(400);
    expect(noReasonPage.body).toContain('Norādiet apturēšanas iemeslu');
    expect(await statusOf(clientId)).toBe('active');
    await post(`${base}/apturet`, officer, { reason: 'Atslēga nopludināta' }, 'text/html');
    expect(await statusOf(clientId)).toBe('suspended');
    expect((await get(base, officer)).body).toContain('Atslēga nopludināta');
    await post(`${base}/atjaunot`, officer, {}, 'text/html');
    expect(await statusOf(clientId)).toBe('active');

    const audit = await server.db
      .selectFrom('audit_events')
      .select(['action', 'actor_type', 'actor_id'])
      .where('organisation_id', '=', organisation.id)
      .where('actor_type', '=', 'staff')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'connection.activated',
      'connection.suspended',
      'connection.restored',
    ]);
    expect(audit.every((a) => a.actor_id === String(officer.staffId))).toBe(true);
    const subjects = (await queuedMails(server.db))
      .filter((m) => m.reference === clientId)
      .map((m) => m.subject);
    expect(subjects).toEqual([
      `Savienojums pieteikts / Connection registered: ${clientId}`,
      `Savienojums aktivizēts / Connection activated: ${clientId}`,
      `Savienojums apturēts / Connection suspended: ${clientId}`,
      `Savienojums atjaunots / Connection restored: ${clientId}`,
    ]);
    const suspended = (await queuedMails(server.db)).find((m) => m.subject.includes('apturēts'));
    expect(suspended?.text).toContain('Atslēga nopludināta');
  });
});

describe('key rotation and expiry', () => {
  it('adds a key beside the old one, retires the old, and keeps the last', async () => {
    const { rep } = await organisationWithAgreement();
    const clientId = await register(rep, (await goodForm()).fields);
    const base = `/organizacijas/savienojumi/${clientId}`;
    const next = await systemKey('EdDSA', { kid: 'jaunais-2027' });
    const bad = await post(`${base}/atslegas`, rep, { jwk: '[]', keyExpiresOn: '2027-01-01' });
    expect(bad.json()).toMatchObject({ code: 'jwk_invalid' });
    const added = await post(
      `${base}/atslegas`,
      rep,
      { jwk: JSON.stringify(next.jwk), keyExpiresOn: '2027-10-01' },
      'text/html',
    );
    expect(added.statusCode).toBe(303);
    const keys = await server.db
      .selectFrom('connection_keys')
      .innerJoin('connections', 'connections.id', 'connection_keys.connection_id')
      .select(['connection_keys.id', 'connection_keys.kid'])
      .where('connections.client_id', '=', clientId)
      .orderBy('connection_keys.id')
      .execute();
    expect(keys.map((k) => k.kid).at(-1)).toBe('jaunais-2027');
    const [oldKey, newKey] = keys;
    if (oldKey === undefined || newKey === undefined) throw new Error('two keys expected');
    const page = await get(base, rep);
    expect(page.body).toContain('jaunais-2027');
    expect(page.body).toContain(`${base}/atslegas/${String(oldKey.id)}/atsaukt`);
    expect(
      (await post(`${base}/atslegas/${String(oldKey.id)}/atsaukt`, rep, {}, 'text/html'))
        .statusCode,
    ).toBe(303);
    const last = await post(`${base}/atslegas/${String(newKey.id)}/atsaukt`, rep, {});
    expect(last.statusCode).toBe(409);
    expect(last.json()).toMatchObject({ code: 'last_key' });
    const live = await server.db
      .selectFrom('connection_keys')
      .select('kid')
      .where('id', 'in', [oldKey.id, newKey.id])
      .where('retired_at', 'is', null)
      .execute();
    expect(live.map((k) => k.kid)).toEqual(['jaunais-2027']);
  });

  it('warns the organisation and PMLP officers once about a key expiring within 30 days', async () => {
    const { organisation, rep } = await organisationWithAgreement();
    const clientId = await register(rep, (await goodForm({ keyExpiresOn: '2026-12-10' })).fields);
    const officer = await staffSession(server.db, clock, 'pmlp_officer');
    // Both sides' pages flag the key before any mail.
    expect((await get(`/organizacijas/savienojumi/${clientId}`, rep)).body).toContain(
      'derīgums beidzas 30 dienu laikā',
    );
    expect((await get(`/darbinieki/savienojumi/${clientId}`, officer)).body).toContain(
      'beidzas drīz',
    );
    expect(
      jobHandlers({ config: server.config, db: server.db }).has('connections.key_expiry_check'),
    ).toBe(true);
    await scheduleKeyExpiryCheck(server.db, clock);
    await scheduleKeyExpiryCheck(server.db, clock);
    const scheduled = await server.db
      .selectFrom('jobs')
      .select('dedupe_key')
      .where('kind', '=', 'connections.key_expiry_check')
      .execute();
    expect(scheduled.map((j) => j.dedupe_key)).toEqual(['connections.key_expiry_check:2026-11-20']);

    const officers = await server.db
      .selectFrom('staff_users')
      .select('email')
      .where('role', '=', 'pmlp_officer')
      .execute();
    const before = (await queuedMails(server.db)).length;
    expect(await runKeyExpiryCheck(server.db, clock, server.config.publicUrl)).toBe(1);
    const warned = (await queuedMails(server.db)).slice(before);
    expect(warned.map((m) => m.to).sort()).toEqual(
      [`org${organisation.registrationNumber}@example.lv`, ...officers.map((o) => o.email)].sort(),
    );
    expect(warned[0]?.subject).toContain(clientId);
    // The last valid day, in words, as the mail says it: "līdz 2026. gada 10. decembrim".
    expect(warned[0]?.text).toContain('līdz 2026. gada 10. decembrim');
    expect(warned[0]?.text).toContain('10 December 2026');
    expect(await runKeyExpiryCheck(server.db, clock, server.config.publicUrl)).toBe(0);
    expect((await queuedMails(server.db)).length).toBe(before + warned.length);
    const next = await server.db
      .selectFrom('jobs')
      .select(['dedupe_key', 'run_at'])
      .where('kind', '=', 'connections.key_expiry_check')
      .orderBy('id')
      .execute();
    expect(next.map((j) => j.dedupe_key)).toEqual([
      'connections.key_expiry_check:2026-11-20',
      'connections.key_expiry_check:2026-11-21',
    ]);
    expect(next[1]?.run_at.toISOString()).toBe('2026-11-21T05:00:00.000Z');
  });
});

describe('who may use the connection pages', () => {
  it('refuses other organisations, browser users, other staff, the wrong side and anonymous', async () => {
    const { organisation, rep } = await organisationWithAgreement();
    const clientId = await register(rep, (await goodForm()).fields);
    const keyId = (
      await server.db
        .selectFrom('connection_keys')
        .innerJoin('connections', 'connections.id', 'connection_keys.connection_id')
        .select('connection_keys.id')
        .where('connections.client_id', '=', clientId)
        .executeTakeFirstOrThrow()
    ).id;
    const other = await organisationWithAgreement();
    const pdpUser = await orgUserSession(server.db, clock, {
      organisationId: organisation.id,
      role: 'pdp_user',
    });
    const icAgent = await staffSession(server.db, clock, 'ic_agent');
    const officer = await staffSession(server.db, clock, 'pmlp_officer');
    const key = JSON.stringify((await systemKey('ES256')).jwk);
    const orgBase = `/organizacijas/savienojumi/${clientId}`;
    const staffBase = `/darbinieki/savienojumi/${clientId}`;
    const orgRoutes: [string, string, Record<string, string>][] = [
      ['GET', '/organizacijas/savienojumi', {}],
      ['GET', '/organizacijas/savienojumi/jauns', {}],
      ['POST', '/organizacijas/savienojumi/jauns', (await goodForm()).fields],
      ['GET', orgBase, {}],
      ['POST', `${orgBase}/atslegas`, { jwk: key, keyExpiresOn: '2027-05-01' }],
      ['POST', `${orgBase}/atslegas/${String(keyId)}/atsaukt`, {}],
    ];
    const staffRoutes: [string, string, Record<string, string>][] = [
      ['GET', '/darbinieki/savienojumi', {}],
      ['GET', staffBase, {}],
      ['POST', `${staffBase}/aktivizet`, {}],
      ['POST', `${staffBase}/apturet`, { reason: 'x' }],
      ['POST', `${staffBase}/atjaunot`, {}],
    ];
    const call = (method: string, url: string, who: Who | null, fields: Record<string, string>) =>
      method === 'GET' ? get(url, who, 'application/json') : post(url, who, fields);
    const expectCode = async (
      method: string,
      url: string,
      who: Who | null,
      fields: Record<string, string>,
      status: number,
      code: string,
    ) => {
      const res = await call(method, url, who, fields);
      expect({
        url,
        method,
        status: res.statusCode,
        code: res.json<{ code: string }>().code,
      }).toEqual({ url, method, status, code });
    };
    for (const [method, url, fields] of [...orgRoutes, ...staffRoutes]) {
      await expectCode(method, url, null, fields, 401, 'unauthenticated');
    }
    for (const [method, url, fields] of orgRoutes) {
      await expectCode(method, url, pdpUser, fields, 403, 'connection_representative_required');
      await expectCode(method, url, officer, fields, 403, 'forbidden');
    }
    for (const [method, url, fields] of orgRoutes.slice(3)) {
      await expectCode(method, url, other.rep, fields, 404, 'connection_not_found');
    }
    expect((await get('/organizacijas/savienojumi', other.rep)).body).not.toContain(clientId);
    for (const [method, url, fields] of staffRoutes) {
      await expectCode(method, url, icAgent, fields, 403, 'role_required');
      await expectCode(method, url, rep, fields, 403, 'forbidden');
    }
    expect(await statusOf(clientId)).toBe('pending');
    expect(await connectionCount(organisation.id)).toBe(1);
    const keys = await server.db
      .selectFrom('connection_keys')
      .select(['retired_at'])
      .where('id', '=', keyId)
      .executeTakeFirstOrThrow();
    expect(keys.retired_at).toBeNull();
    expect(
      await server.db
        .selectFrom('connection_keys')
        .innerJoin('connections', 'connections.id', 'connection_keys.connection_id')
        .select('connection_keys.id')
        .where('connections.client_id', '=', clientId)
        .execute(),
    ).toHaveLength(1);
  });
});

describe('in a real browser without JavaScript', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a representative registers a connection and PMLP activates it, on accessible pages', async () => {
    const { rep } = await organisationWithAgreement();
    const officer = await staffSession(server.db, clock, 'pmlp_officer');
    const key = await systemKey('ES256');
    const orgContext = await browser.newContext({ javaScriptEnabled: false, locale: 'lv-LV' });
    const staffContext = await browser.newContext({ javaScriptEnabled: false, locale: 'lv-LV' });
    try {
      await orgContext.addCookies([
        { name: 'rg_session', value: rep.cookie.split('=')[1] ?? '', url: server.base },
      ]);
      const page = await orgContext.newPage();
      await page.goto(`${server.base}/organizacijas/savienojumi/jauns`);
      await expectAccessible(page);
      await page.getByLabel('Savienojuma nosaukums').fill('Klientu portāls');
      await page.getByLabel('Vide').selectOption('test');
      await page.getByLabel('Publiskā atslēga (JWK)').fill('{"kty":"oct","k":"c2VjcmV0"}');
      await page.getByLabel('Atslēga derīga līdz').fill('2027-03-31');
      await clickThrough(page.getByRole('button', { name: 'Pieteikt' }));
      expect(await page.locator('.error-summary').innerText()).toContain(
        'privātas vai simetriskas',
      );
      expect(await page.getByLabel('Savienojuma nosaukums').inputValue()).toBe('Klientu portāls');
      await expectAccessible(page);
      await page.getByLabel('Publiskā atslēga (JWK)').fill(JSON.stringify(key.jwk));
      await page.getByLabel('Atslēga derīga līdz').fill('2027-03-31');
      await clickThrough(page.getByRole('button', { name: 'Pieteikt' }));
      expect(await page.locator('h1').innerText()).toBe('Savienojums pieteikts');
      const clientId = /rg-[0-9a-f]{20}/.exec(page.url())?.[0] ?? '';
      expect(clientId).not.toBe('');
      await expectAccessible(page);

      await staffContext.addCookies([
        { name: 'rg_session', value: officer.cookie.split('=')[1] ?? '', url: server.base },
      ]);
      const staffPage = await staffContext.newPage();
      await staffPage.goto(`${server.base}/darbinieki/savienojumi`);
      await expectAccessible(staffPage);
      await clickThrough(staffPage.getByRole('link', { name: clientId }));
      await expectAccessible(staffPage);
      await clickThrough(staffPage.getByRole('button', { name: 'Aktivizēt savienojumu' }));
      expect(await staffPage.locator('.summary-list').innerText()).toContain('Aktīvs');
      await expectAccessible(staffPage);
    } finally {
      await orgContext.close();
      await staffContext.close();
    }
  });
});
