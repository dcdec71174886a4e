import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityErrors } from '../src/identity/service.ts';
import { totpCode } from '../src/identity/totp.ts';
import { organisationErrors as onboardingErrors } from '../src/agreements/service.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { clickThrough, expectAccessible, launchBrowser } from './support/browser.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import {
  anonymousForm,
  formPost,
  mailsTo,
  movingClock,
  pageGet,
  setupTokenFor,
} from './support/org-accounts.ts';
import {
  makeOrganisation,
  nextRegistrationNumber,
  orgUserSession,
} from './support/organisations.ts';
import { staffSession } from './support/staff.ts';
import { freshFormFields } from './support/forms.ts';

const clock = movingClock('2026-03-02T08:00:00Z');
let serial = 0;

function registration(overrides: Record<string, string> = {}): Record<string, string> {
  serial += 1;
  return {
    registrationNumber: nextRegistrationNumber('public'),
    name: `Pašvaldība ${serial}`,
    legalForm: 'public',
    address: 'Rātslaukums 1, Rīga',
    email: `dome${serial}.${process.pid}@example.lv`,
    contactName: 'Kontakts Kontaktiņš',
    contactEmail: `kontakts${serial}@example.lv`,
    contactPhone: '+371 20000000',
    representativeName: `Pārstāve ${serial}`,
    representativeEmail: `parstave${serial}.${process.pid}@example.lv`,
    ...overrides,
  };
}

describe('organisations (in-process)', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  const organisationCount = async () =>
    (await t.db.selectFrom('organisations').select('id').execute()).length;

  it('registers itself: check answers, send, mail with the set-up link, confirmed by set-up', async () => {
    const form = await anonymousForm(t.app, '/organizacijas/registracija');
    const fields = registration();
    const check = await formPost(t.app, '/organizacijas/registracija', form.cookie, {
      ...freshFormFields(form.csrf),
      ...fields,
    });
    expect(check.statusCode).toBe(200);
    expect(check.body).toContain('Pārbaudiet atbildes');
    expect(check.body).toContain(fields.registrationNumber);
    expect(check.body).toContain('Publisko tiesību juridiskā persona');
    const change = await formPost(t.app, '/organizacijas/registracija/labot', form.cookie, {
      ...freshFormFields(form.csrf),
      ...fields,
    });
    expect(change.body).toContain(`value="${fields.name}"`);
    const before = await organisationCount();
    const sent = await formPost(t.app, '/organizacijas/registracija/nosutit', form.cookie, {
      ...freshFormFields(form.csrf),
      ...fields,
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(
      `/organizacijas/registracija/nosutita?nr=${fields.registrationNumber}`,
    );
    expect(await organisationCount()).toBe(before + 1);
    const org = await t.db
      .selectFrom('organisations')
      .selectAll()
      .where('registration_number', '=', fields.registrationNumber ?? '')
      .executeTakeFirstOrThrow();
    expect(org).toMatchObject({ fee_exempt: true, confirmed_at: null, legal_form: 'public' });
    const history = await t.db
      .selectFrom('fee_exemption_changes')
      .selectAll()
      .where('organisation_id', '=', org.id)
      .execute();
    expect(history).toHaveLength(1);
    const contacts = await t.db
      .selectFrom('organisation_contacts')
      .selectAll()
      .where('organisation_id', '=', org.id)
      .execute();
    expect(contacts).toMatchObject([{ name: 'Kontakts Kontaktiņš', phone: '+371 20000000' }]);
    const rep = await t.db
      .selectFrom('org_users')
      .selectAll()
      .where('email', '=', fields.representativeEmail ?? '')
      .executeTakeFirstOrThrow();
    expect(rep).toMatchObject({ status: 'invited', role: 'representative', is_responsible: true });
    const token = await setupTokenFor(t.db, fields.representativeEmail ?? '');
    const done = await pageGet(t.app, sent.headers.location as string);
    expect(done.body).toContain('Pārbaudiet e-pastu');

    // Setting up the account confirms the organisation.
    const page = await pageGet(t.app, `/organizacijas/iestatit?zetons=${token}`);
    const secret = /data-secret="([A-Z2-7]+)"/.exec(page.body)?.[1] ?? '';
    const setupForm = await anonymousForm(t.app, `/organizacijas/iestatit?zetons=${token}`);
    const res = await formPost(t.app, '/organizacijas/iestatit', setupForm.cookie, {
      ...freshFormFields(setupForm.csrf),
      zetons: token,
      password: 'a long enough password',
      passwordAgain: 'a long enough password',
      code: totpCode(secret, clock.now()),
    });
    expect(res.statusCode).toBe(303);
    const confirmed = await t.db
      .selectFrom('organisations')
      .select('confirmed_at')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(confirmed.confirmed_at).not.toBeNull();
  });

  it('refuses bad input with stable messages and keeps what was typed, changing nothing', async () => {
    const existing = await makeOrganisation(t.db);
    const taken = await orgUserSession(t.db, clock, { organisationId: existing.id });
    const takenEmail = (
      await t.db
        .selectFrom('org_users')
        .select('email')
        .where('id', '=', taken.orgUserId)
        .executeTakeFirstOrThrow()
    ).email;
    const form = await anonymousForm(t.app, '/organizacijas/registracija');
    const before = await organisationCount();
    const cases: [Record<string, string>, number, string][] = [
      [{ registrationNumber: '40003032948' }, 400, onboardingErrors.registration_number_invalid.lv],
      [
        { registrationNumber: existing.registrationNumber },
        409,
        onboardingErrors.organisation_exists.lv,
      ],
      [{ representativeEmail: takenEmail }, 409, identityErrors.org_user_email_taken.lv],
      [{ email: 'not an address' }, 400, 'Ievadiet e-pasta adresi pareizā formātā'],
      [{ legalForm: 'other' }, 400, 'Izvēlieties, vai tā ir publisko vai privāto tiesību persona'],
    ];
    for (const [overrides, status, message] of cases) {
      const fields = registration(overrides);
      for (const url of ['/organizacijas/registracija', '/organizacijas/registracija/nosutit']) {
        const res = await formPost(t.app, url, form.cookie, {
          ...freshFormFields(form.csrf),
          ...fields,
        });
        expect(res.statusCode, `${url} ${JSON.stringify(overrides)}`).toBe(status);
        expect(res.body).toContain(message);
        expect(res.body).toContain(`value="${fields.address}"`);
      }
    }
    expect(await organisationCount()).toBe(before);
    // A forged form (no token) is refused before anything is read.
    const forged = await formPost(t.app, '/organizacijas/registracija/nosutit', '', registration());
    expect(forged.statusCode).toBe(403);
    expect(await organisationCount()).toBe(before);
  });

  it('lets PMLP officers list, create and look after organisations; refuses everyone else', async () => {
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const agent = await staffSession(t.db, clock, 'ic_agent');
    const org = await makeOrganisation(t.db);
    const orgUser = await orgUserSession(t.db, clock, {
      organisationId: org.id,
      responsible: true,
    });
    const fields = registration({ legalForm: 'private' });
    const created = await formPost(t.app, '/darbinieki/organizacijas/jauna', officer.cookie, {
      ...freshFormFields(officer.csrf),
      ...fields,
    });
    expect(created.statusCode).toBe(303);
    const id = Number(/(\d+)$/.exec(created.headers.location as string)?.[1]);
    const row = await t.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.fee_exempt).toBe(false);
    expect(row.confirmed_at).not.toBeNull();
    expect((await mailsTo(t.db, fields.representativeEmail ?? '')).at(-1)?.text).toContain(
      '/organizacijas/iestatit?zetons=',
    );
    const again = await formPost(t.app, '/darbinieki/organizacijas/jauna', officer.cookie, {
      ...freshFormFields(officer.csrf),
      ...fields,
    });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain(onboardingErrors.organisation_exists.lv);

    const list = await pageGet(t.app, '/darbinieki/organizacijas', officer.cookie);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(fields.registrationNumber);
    const detail = await pageGet(t.app, `/darbinieki/organizacijas/${id}`, officer.cookie);
    expect(detail.body).toContain('Kontakts Kontaktiņš');
    expect(detail.body).toContain(fields.representativeEmail);

    // Fee exemption: the reason is mandatory, and every change is kept.
    const noReason = await formPost(
      t.app,
      `/darbinieki/organizacijas/${id}/atbrivojums`,
      officer.cookie,
      {
        ...freshFormFields(officer.csrf),
        feeExempt: 'yes',
        reason: ' ',
      },
    );
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain(onboardingErrors.fee_exemption_reason_missing.lv);
    const unchanged = await t.db
      .selectFrom('organisations')
      .select('fee_exempt')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(unchanged.fee_exempt).toBe(false);
    const changed = await formPost(
      t.app,
      `/darbinieki/organizacijas/${id}/atbrivojums`,
      officer.cookie,
      {
        ...freshFormFields(officer.csrf),
        feeExempt: 'yes',
        reason: 'Likuma 12. pants',
      },
    );
    expect(changed.statusCode).toBe(303);
    const after = await pageGet(t.app, `/darbinieki/organizacijas/${id}`, officer.cookie);
    expect(after.body).toContain('Likuma 12. pants');
    expect(after.body).toContain(officer.name);
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'reason'])
      .where('organisation_id', '=', id)
      .execute();
    expect(audit).toContainEqual({
      action: 'organisation.fee_exempted',
      reason: 'Likuma 12. pants',
    });

    const staffUrls = [
      '/darbinieki/organizacijas',
      '/darbinieki/organizacijas/jauna',
      `/darbinieki/organizacijas/${id}`,
    ];
    for (const url of staffUrls) {
      expect((await pageGet(t.app, url)).statusCode, url).toBe(303);
      expect((await pageGet(t.app, url, agent.cookie)).statusCode, url).toBe(403);
      expect((await pageGet(t.app, url, orgUser.cookie)).statusCode, url).toBe(403);
    }
    const staffPosts = [
      '/darbinieki/organizacijas/jauna',
      `/darbinieki/organizacijas/${id}/atbrivojums`,
      `/darbinieki/organizacijas/${id}/lietotaji/${orgUser.orgUserId}/atbloket`,
      `/darbinieki/organizacijas/${id}/lietotaji/${orgUser.orgUserId}/atspejot`,
    ];
    for (const url of staffPosts) {
      const body = { feeExempt: 'no', reason: 'x', ...registration() };
      expect((await formPost(t.app, url, '', body)).statusCode, url).toBe(401);
      expect(
        (await formPost(t.app, url, agent.cookie, { ...freshFormFields(agent.csrf), ...body }))
          .statusCode,
        url,
      ).toBe(403);
      expect(
        (await formPost(t.app, url, orgUser.cookie, { ...freshFormFields(orgUser.csrf), ...body }))
          .statusCode,
        url,
      ).toBe(403);
    }
    const still = await t.db
      .selectFrom('organisations')
      .select('fee_exempt')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(still.fee_exempt).toBe(true);
    expect(
      (await pageGet(t.app, '/darbinieki/organizacijas/999999', officer.cookie)).statusCode,
    ).toBe(404);
  });
});

describe('in a real browser without JavaScript', () => {
  let server: ListeningApp;
  let browser: Browser;
  const browserClock = movingClock('2026-03-02T08:00:00Z');
  beforeAll(async () => {
    server = await startListeningApp({ clock: browserClock });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  async function fillRegistration(page: Page, fields: Record<string, string>) {
    for (const [name, value] of Object.entries(fields)) {
      if (name === 'legalForm') await page.selectOption('#legalForm', value);
      else await page.locator(`#${name}`).fill(value);
    }
  }

  for (const locale of ['lv', 'en'] as const) {
    it(
      `registers, sets up and signs in (${locale}), passing axe on every page`,
      { timeout: 240_000 },
      async () => {
        const T = {
          lv: {
            cont: 'Turpināt',
            send: 'Apstiprināt un nosūtīt',
            setup: 'Iestatīt kontu',
            signIn: 'Pieteikties',
            out: 'Iziet',
          },
          en: {
            cont: 'Continue',
            send: 'Confirm and send',
            setup: 'Set up the account',
            signIn: 'Sign in',
            out: 'Sign out',
          },
        }[locale];
        const context = await browser.newContext({
          javaScriptEnabled: false,
          locale: locale === 'lv' ? 'lv-LV' : 'en-GB',
        });
        const page = await context.newPage();
        await page.goto(`${server.base}/organizacijas/registracija?lang=${locale}`);
        await expectAccessible(page);
        const fields = registration({ legalForm: 'private', registrationNumber: '123' });
        await fillRegistration(page, fields);
        await clickThrough(page.getByRole('button', { name: T.cont }));
        await expect(page.locator('.error-summary').textContent()).resolves.toContain(
          onboardingErrors.registration_number_invalid[locale],
        );
        await expectAccessible(page);
        const number = nextRegistrationNumber('private');
        await page.locator('#registrationNumber').fill(number);
        await clickThrough(page.getByRole('button', { name: T.cont }));
        await expect(page.locator('h1').textContent()).resolves.toBe(
          locale === 'lv' ? 'Pārbaudiet atbildes' : 'Check your answers',
        );
        await expectAccessible(page);
        await clickThrough(page.getByRole('button', { name: T.send }));
        await expect(page.locator('.panel-confirmation').textContent()).resolves.toContain(number);
        await expectAccessible(page);

        const token = await setupTokenFor(server.db, fields.representativeEmail ?? '');
        await page.goto(`${server.base}/organizacijas/iestatit?zetons=${token}`);
        await expectAccessible(page);
        const secret = (await page.locator('.totp-secret').getAttribute('data-secret')) ?? '';
        const password = 'a very good passphrase';
        await page.locator('#password').fill(password);
        await page.locator('#passwordAgain').fill('something else entirely');
        await page.locator('#code').fill(totpCode(secret, browserClock.now()));
        await clickThrough(page.getByRole('button', { name: T.setup }));
        await expect(page.locator('.error-summary').textContent()).resolves.toContain(
          identityErrors.org_password_mismatch[locale],
        );
        await expectAccessible(page);
        await page.locator('#password').fill(password);
        await page.locator('#passwordAgain').fill(password);
        await page.locator('#code').fill(totpCode(secret, browserClock.now()));
        await clickThrough(page.getByRole('button', { name: T.setup }));
        expect(page.url()).toBe(`${server.base}/organizacijas`);
        await expect(page.locator('main').textContent()).resolves.toContain(fields.name);
        await expectAccessible(page);
        await clickThrough(page.getByRole('button', { name: T.out }));

        await page.goto(`${server.base}/organizacijas/lietotaji`);
        expect(page.url()).toContain('/organizacijas/pieteikties?atpakal=');
        await expectAccessible(page);
        await page.locator('#email').fill(fields.representativeEmail ?? '');
        await page.locator('#password').fill(password);
        await page.locator('#code').fill('000000');
        await clickThrough(page.getByRole('button', { name: T.signIn }));
        await expect(page.locator('.error-summary').textContent()).resolves.toContain(
          identityErrors.org_credentials_invalid[locale],
        );
        await expectAccessible(page);
        browserClock.advance(31_000);
        await page.locator('#password').fill(password);
        await page.locator('#code').fill(totpCode(secret, browserClock.now()));
        await clickThrough(page.getByRole('button', { name: T.signIn }));
        expect(page.url()).toBe(`${server.base}/organizacijas/lietotaji`);
        await expectAccessible(page);
        await context.close();
      },
    );
  }
});
