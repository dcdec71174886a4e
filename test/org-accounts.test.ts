import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityErrors } from '../src/identity/service.ts';
import { totpCode } from '../src/identity/totp.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import {
  anonymousForm,
  formPost,
  mailsTo,
  makeAgreement,
  movingClock,
  pageGet,
  secretOnPage,
  sessionCookieOf,
  setupTokenFor,
} from './support/org-accounts.ts';
import { staffSession } from './support/staff.ts';
import { freshFormFields } from './support/forms.ts';

const clock = movingClock('2026-03-02T08:00:00Z');
let t: TestContext;
const PASSWORD = 'correct horse battery staple';

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

let serial = 0;
const nextStep = () => clock.advance(31_000);

/** An organisation made by a PMLP officer, whose representative is invited by e-mail. */
async function staffCreatedOrganisation(): Promise<{ id: number; repEmail: string }> {
  serial += 1;
  const officer = await staffSession(t.db, clock, 'pmlp_officer');
  const { nextRegistrationNumber } = await import('./support/organisations.ts');
  const repEmail = `rep${serial}.${process.pid}@org.example.lv`;
  const res = await formPost(t.app, '/darbinieki/organizacijas/jauna', officer.cookie, {
    ...freshFormFields(officer.csrf),
    registrationNumber: nextRegistrationNumber('private'),
    name: `SIA "Konts ${serial}"`,
    legalForm: 'private',
    address: 'Rīga',
    email: `birojs${serial}@org.example.lv`,
    contactName: 'Kontakts',
    contactEmail: `kontakts${serial}@org.example.lv`,
    contactPhone: '',
    representativeName: `Pārstāvis ${serial}`,
    representativeEmail: repEmail,
  });
  expect(res.statusCode).toBe(303);
  const id = Number(
    /\/darbinieki\/organizacijas\/(\d+)$/.exec(res.headers.location as string)?.[1],
  );
  return { id, repEmail };
}

/** Sets the account up from the mailed link; answers the secret and the signed-in cookie. */
async function setUp(email: string): Promise<{ secret: string; cookie: string }> {
  const token = await setupTokenFor(t.db, email);
  const page = await pageGet(t.app, `/organizacijas/iestatit?zetons=${token}`);
  expect(page.statusCode).toBe(200);
  expect(page.headers['cache-control']).toBe('no-store');
  const secret = secretOnPage(page.body);
  const form = await anonymousForm(t.app, `/organizacijas/iestatit?zetons=${token}`);
  nextStep();
  const res = await formPost(t.app, '/organizacijas/iestatit', form.cookie, {
    ...freshFormFields(form.csrf),
    zetons: token,
    password: PASSWORD,
    passwordAgain: PASSWORD,
    code: totpCode(secret, clock.now()),
  });
  expect(res.statusCode).toBe(303);
  expect(res.headers.location).toBe('/organizacijas');
  return { secret, cookie: sessionCookieOf(res) };
}

async function signIn(email: string, password: string, code: string, atpakal?: string) {
  const form = await anonymousForm(t.app, '/organizacijas/pieteikties');
  return formPost(t.app, '/organizacijas/pieteikties', form.cookie, {
    ...freshFormFields(form.csrf),
    email,
    password,
    code,
    ...(atpakal === undefined ? {} : { atpakal }),
  });
}

async function userRow(email: string) {
  return t.db
    .selectFrom('org_users')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
}

async function auditActions(organisationId: number): Promise<string[]> {
  const rows = await t.db
    .selectFrom('audit_events')
    .select('action')
    .where('organisation_id', '=', organisationId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

describe('set-up link', () => {
  it('refuses a weak password, different passwords and a wrong code, changing nothing', async () => {
    const { repEmail } = await staffCreatedOrganisation();
    const token = await setupTokenFor(t.db, repEmail);
    const page = await pageGet(t.app, `/organizacijas/iestatit?zetons=${token}`);
    const secret = secretOnPage(page.body);
    const form = await anonymousForm(t.app, `/organizacijas/iestatit?zetons=${token}`);
    const post = (fields: Record<string, string>) =>
      formPost(t.app, '/organizacijas/iestatit', form.cookie, {
        ...freshFormFields(form.csrf),
        zetons: token,
        ...fields,
      });
    const good = () => totpCode(secret, clock.now());
    const cases = [
      [
        { password: 'short', passwordAgain: 'short', code: good() },
        identityErrors.org_password_weak.lv.replace('{minLength}', '12'),
      ],
      [
        { password: PASSWORD, passwordAgain: `${PASSWORD}!`, code: good() },
        identityErrors.org_password_mismatch.lv,
      ],
      [
        { password: PASSWORD, passwordAgain: PASSWORD, code: '000000' },
        identityErrors.org_totp_invalid.lv,
      ],
    ] as const;
    for (const [fields, message] of cases) {
      const res = await post(fields);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(message);
      expect(res.body).toContain('error-summary');
    }
    const row = await userRow(repEmail);
    expect(row.status).toBe('invited');
    expect(row.password_hash).toBeNull();
  });

  it('activates the account once; the link then stops working, and an old link never works', async () => {
    const { id, repEmail } = await staffCreatedOrganisation();
    const token = await setupTokenFor(t.db, repEmail);
    const { cookie, secret } = await setUp(repEmail);
    const row = await userRow(repEmail);
    expect(row.status).toBe('active');
    expect(row.setup_token_hash).toBeNull();
    // Sealed, not in clear.
    expect(Buffer.from(row.totp_secret ?? []).includes(Buffer.from(secret))).toBe(false);
    const home = await pageGet(t.app, '/organizacijas', cookie);
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain(`SIA &quot;Konts ${serial}&quot;`);
    expect(home.body).toContain('href="/organizacijas/lietotaji"');
    const again = await pageGet(t.app, `/organizacijas/iestatit?zetons=${token}`);
    expect(again.statusCode).toBe(404);
    expect(again.body).toContain(identityErrors.org_setup_link_invalid.lv);
    expect(await auditActions(id)).toEqual(
      expect.arrayContaining(['organisation.created', 'org_user.invited', 'org_user.set_up']),
    );

    const late = await staffCreatedOrganisation();
    const lateToken = await setupTokenFor(t.db, late.repEmail);
    clock.advance(7 * 24 * 3600_000 + 1000);
    expect((await pageGet(t.app, `/organizacijas/iestatit?zetons=${lateToken}`)).statusCode).toBe(
      404,
    );
    expect((await pageGet(t.app, '/organizacijas/iestatit?zetons=nonsense')).statusCode).toBe(404);
  });
});

describe('sign-in with password and code', () => {
  it('signs in, refuses a replayed code, and returns only to a page of this site', async () => {
    const { repEmail } = await staffCreatedOrganisation();
    const { secret } = await setUp(repEmail);
    nextStep();
    const code = totpCode(secret, clock.now());
    const res = await signIn(repEmail.toUpperCase(), PASSWORD, code, '/organizacijas/lietotaji');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/organizacijas/lietotaji');
    const replay = await signIn(repEmail, PASSWORD, code);
    expect(replay.statusCode).toBe(401);
    expect(replay.body).toContain(identityErrors.org_credentials_invalid.lv);
    nextStep();
    const evil = await signIn(
      repEmail,
      PASSWORD,
      totpCode(secret, clock.now()),
      'https://evil.example/',
    );
    expect(evil.headers.location).toBe('/organizacijas');
    expect((await userRow(repEmail)).failed_attempts).toBe(0);
  });

  it('answers unknown addresses and missing fields like wrong ones', async () => {
    const unknown = await signIn('nobody@example.lv', PASSWORD, '123456');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toContain(identityErrors.org_credentials_invalid.lv);
    const missing = await signIn('', '', '');
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain(identityErrors.org_sign_in_fields_missing.lv);
  });

  it('refuses users of an organisation that is not confirmed', async () => {
    const { id, repEmail } = await staffCreatedOrganisation();
    const { secret } = await setUp(repEmail);
    await t.db
      .updateTable('organisations')
      .set({ confirmed_at: null })
      .where('id', '=', id)
      .execute();
    nextStep();
    const res = await signIn(repEmail, PASSWORD, totpCode(secret, clock.now()));
    expect(res.statusCode).toBe(401);
  });
});

describe('lockout after five wrong attempts', () => {
  it('locks, ends sessions, audits and mails; unblocked by the responsible user and by staff', async () => {
    const { id, repEmail } = await staffCreatedOrganisation();
    const { secret: repSecret } = await setUp(repEmail);
    // A browser user added by the responsible representative, and set up.
    await makeAgreement(t.db, id, { pdpUsers: 2, responsibleCreatesUsers: true });
    nextStep();
    const rep = await signIn(repEmail, PASSWORD, totpCode(repSecret, clock.now()));
    const repCookie = sessionCookieOf(rep);
    const usersPage = await pageGet(t.app, '/organizacijas/lietotaji', repCookie);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(usersPage.body)?.[1] ?? '';
    const userEmail = `pdp${serial}.${process.pid}@org.example.lv`;
    const added = await formPost(t.app, '/organizacijas/lietotaji', repCookie, {
      ...freshFormFields(csrf),
      name: 'Pārlūka Lietotājs',
      email: userEmail,
    });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe('/organizacijas/lietotaji?pievienots=invited');
    const { secret, cookie: userCookie } = await setUp(userEmail);
    const user = await userRow(userEmail);

    for (let i = 1; i <= 5; i += 1) {
      nextStep();
      const wrongPassword = i % 2 === 1;
      const res = await signIn(
        userEmail,
        wrongPassword ? 'wrong password!!' : PASSWORD,
        wrongPassword ? totpCode(secret, clock.now()) : '000000',
      );
      expect(res.statusCode).toBe(i < 5 ? 401 : 423);
    }
    const locked = await userRow(userEmail);
    expect(locked.status).toBe('locked');
    expect(locked.locked_at).not.toBeNull();
    expect((await pageGet(t.app, '/organizacijas', userCookie)).statusCode).toBe(303);
    expect(await auditActions(id)).toContain('org_user.locked');
    expect((await mailsTo(t.db, userEmail)).map((m) => m.subject)).toContain(
      'Reģistru vārteja: konts bloķēts / Register Gateway: account locked',
    );
    expect((await mailsTo(t.db, repEmail)).at(-1)?.text).toContain(userEmail);

    nextStep();
    const refused = await signIn(userEmail, PASSWORD, totpCode(secret, clock.now()));
    expect(refused.statusCode).toBe(423);
    expect(refused.body).toContain(identityErrors.org_account_locked.lv);
    // A wrong password on the locked account is answered as on any account, or none: the lock
    // tells only whoever knows the password.
    nextStep();
    const guessed = await signIn(userEmail, 'wrong password!!', totpCode(secret, clock.now()));
    const unknown = await signIn(`nobody${serial}@org.example.lv`, 'wrong password!!', '000000');
    expect(guessed.statusCode).toBe(401);
    expect(guessed.body).toContain(identityErrors.org_credentials_invalid.lv);
    expect(guessed.body).not.toContain(identityErrors.org_account_locked.lv);
    expect(unknown.statusCode).toBe(guessed.statusCode);
    expect((await userRow(userEmail)).status).toBe('locked');

    // Another organisation's responsible user cannot unblock it.
    const other = await makeOrganisation(t.db);
    const stranger = await orgUserSession(t.db, clock, {
      organisationId: other.id,
      responsible: true,
    });
    const foreign = await formPost(
      t.app,
      `/organizacijas/lietotaji/${user.id}/atbloket`,
      stranger.cookie,
      {
        ...freshFormFields(stranger.csrf),
      },
    );
    expect(foreign.statusCode).toBe(404);
    expect((await userRow(userEmail)).status).toBe('locked');

    const unblocked = await formPost(
      t.app,
      `/organizacijas/lietotaji/${user.id}/atbloket`,
      repCookie,
      {
        ...freshFormFields(csrf),
      },
    );
    expect(unblocked.statusCode).toBe(303);
    expect(await userRow(userEmail)).toMatchObject({
      status: 'active',
      failed_attempts: 0,
      locked_at: null,
    });
    expect(await auditActions(id)).toContain('org_user.unblocked');
    expect((await mailsTo(t.db, userEmail)).at(-1)?.subject).toContain('account unblocked');
    nextStep();
    expect((await signIn(userEmail, PASSWORD, totpCode(secret, clock.now()))).statusCode).toBe(303);

    // Locked again, and unblocked by a PMLP officer; an Information Centre agent is refused.
    for (let i = 0; i < 5; i += 1) {
      nextStep();
      await signIn(userEmail, 'wrong password!!', '000000');
    }
    expect((await userRow(userEmail)).status).toBe('locked');
    const agent = await staffSession(t.db, clock, 'ic_agent');
    const byAgent = await formPost(
      t.app,
      `/darbinieki/organizacijas/${id}/lietotaji/${user.id}/atbloket`,
      agent.cookie,
      {
        ...freshFormFields(agent.csrf),
      },
    );
    expect(byAgent.statusCode).toBe(403);
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const wrongOrg = await formPost(
      t.app,
      `/darbinieki/organizacijas/${other.id}/lietotaji/${user.id}/atbloket`,
      officer.cookie,
      {
        ...freshFormFields(officer.csrf),
      },
    );
    expect(wrongOrg.statusCode).toBe(404);
    expect((await userRow(userEmail)).status).toBe('locked');
    const byOfficer = await formPost(
      t.app,
      `/darbinieki/organizacijas/${id}/lietotaji/${user.id}/atbloket`,
      officer.cookie,
      {
        ...freshFormFields(officer.csrf),
      },
    );
    expect(byOfficer.statusCode).toBe(303);
    expect((await userRow(userEmail)).status).toBe('active');
    // Unblocking an account that is not locked is refused.
    const twice = await formPost(
      t.app,
      `/darbinieki/organizacijas/${id}/lietotaji/${user.id}/atbloket`,
      officer.cookie,
      {
        ...freshFormFields(officer.csrf),
      },
    );
    expect(twice.statusCode).toBe(409);

    // Disabling ends the user's sessions at once.
    nextStep();
    const live = sessionCookieOf(await signIn(userEmail, PASSWORD, totpCode(secret, clock.now())));
    expect((await pageGet(t.app, '/organizacijas', live)).statusCode).toBe(200);
    const disabled = await formPost(
      t.app,
      `/organizacijas/lietotaji/${user.id}/atspejot`,
      repCookie,
      { ...freshFormFields(csrf) },
    );
    expect(disabled.statusCode).toBe(303);
    expect((await userRow(userEmail)).status).toBe('disabled');
    expect((await pageGet(t.app, '/organizacijas', live)).statusCode).toBe(303);
    expect(await auditActions(id)).toContain('org_user.disabled');
  });
});

describe('users page', () => {
  it('keeps browser users within the agreements, or asks staff, who approve or refuse', async () => {
    const org = await makeOrganisation(t.db);
    const manager = await orgUserSession(t.db, clock, {
      organisationId: org.id,
      responsible: true,
    });
    const add = (name: string, email: string) =>
      formPost(t.app, '/organizacijas/lietotaji', manager.cookie, {
        ...freshFormFields(manager.csrf),
        name,
        email,
      });
    const count = async () =>
      (
        await t.db
          .selectFrom('org_users')
          .select('id')
          .where('organisation_id', '=', org.id)
          .execute()
      ).length;

    const none = await add('Anna', 'anna.limit@example.lv');
    expect(none.statusCode).toBe(409);
    expect(none.body).toContain('Spēkā esošie līgumi atļauj 0');
    expect(none.body).toContain('value="anna.limit@example.lv"');
    expect(await count()).toBe(1);

    await makeAgreement(t.db, org.id, { pdpUsers: 2, responsibleCreatesUsers: false });
    for (const [email, status] of [
      ['not-an-address', 400],
      [`${manager.orgUserId}@`, 400],
    ] as const) {
      expect((await add('Anna', email)).statusCode).toBe(status);
    }
    expect((await add('', 'x@example.lv')).body).toContain(identityErrors.org_user_name_missing.lv);
    const first = await add('Anna', 'anna.req@example.lv');
    expect(first.headers.location).toBe('/organizacijas/lietotaji?pievienots=requested');
    const dup = await add('Anna', 'anna.req@example.lv');
    expect(dup.statusCode).toBe(409);
    expect(dup.body).toContain(identityErrors.org_user_email_taken.lv);
    expect((await add('Bruno', 'bruno.req@example.lv')).statusCode).toBe(303);
    // Two asked for, two allowed: the third is refused and nothing is added.
    expect((await add('Cilda', 'cilda.req@example.lv')).statusCode).toBe(409);
    expect(await count()).toBe(1);

    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const queue = await pageGet(t.app, '/darbinieki/lietotaju-pieprasijumi', officer.cookie);
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain('anna.req@example.lv');
    const requests = await t.db
      .selectFrom('org_user_requests')
      .select(['id', 'email'])
      .where('organisation_id', '=', org.id)
      .orderBy('id')
      .execute();
    const [anna, bruno] = requests;
    if (anna === undefined || bruno === undefined) throw new Error('requests missing');
    const noReason = await formPost(
      t.app,
      `/darbinieki/lietotaju-pieprasijumi/${bruno.id}/atteikt`,
      officer.cookie,
      {
        ...freshFormFields(officer.csrf),
        [`reason-${bruno.id}`]: '  ',
      },
    );
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain(identityErrors.org_refusal_reason_missing.lv);
    const refused = await formPost(
      t.app,
      `/darbinieki/lietotaju-pieprasijumi/${bruno.id}/atteikt`,
      officer.cookie,
      {
        ...freshFormFields(officer.csrf),
        [`reason-${bruno.id}`]: 'Nav pamatojuma',
      },
    );
    expect(refused.statusCode).toBe(303);
    expect(refused.headers.location).toBe('/darbinieki/lietotaju-pieprasijumi?ok=refused');
    const afterRefusal = await pageGet(t.app, String(refused.headers.location), officer.cookie);
    expect(afterRefusal.body).toContain('Pieprasījums atteikts');
    expect(afterRefusal.body).not.toContain('bruno.req@example.lv');
    const approved = await formPost(
      t.app,
      `/darbinieki/lietotaju-pieprasijumi/${anna.id}/apstiprinat`,
      officer.cookie,
      {
        ...freshFormFields(officer.csrf),
      },
    );
    expect(approved.statusCode).toBe(303);
    const afterApproval = await pageGet(t.app, String(approved.headers.location), officer.cookie);
    expect(afterApproval.body).toContain('Pieprasījums apstiprināts');
    const inEnglish = await pageGet(
      t.app,
      `${String(approved.headers.location)}&lang=en`,
      officer.cookie,
    );
    expect(inEnglish.body).toContain('Request approved');
    expect(await count()).toBe(2);
    expect((await userRow('anna.req@example.lv')).status).toBe('invited');
    expect((await mailsTo(t.db, 'anna.req@example.lv')).at(-1)?.text).toContain(
      '/organizacijas/iestatit?zetons=',
    );
    const managerEmail = (
      await t.db
        .selectFrom('org_users')
        .select('email')
        .where('id', '=', manager.orgUserId)
        .executeTakeFirstOrThrow()
    ).email;
    const managerMails = (await mailsTo(t.db, managerEmail)).map((m) => m.subject);
    expect(managerMails.filter((s) => s.includes('saņemts'))).toHaveLength(2);
    expect(managerMails.some((s) => s.includes('atteikts'))).toBe(true);
    expect(managerMails.some((s) => s.includes('apstiprināts'))).toBe(true);
    expect(
      (
        await formPost(
          t.app,
          `/darbinieki/lietotaju-pieprasijumi/${anna.id}/apstiprinat`,
          officer.cookie,
          { ...freshFormFields(officer.csrf) },
        )
      ).statusCode,
    ).toBe(404);

    const page = await pageGet(t.app, '/organizacijas/lietotaji', manager.cookie);
    expect(page.body).toContain('Nav pamatojuma');
    expect(page.body).toContain('Uzaicināts');

    // An agreement letting the organisation create users: invited at once, within the new sum.
    await makeAgreement(t.db, org.id, { pdpUsers: 1, responsibleCreatesUsers: true });
    expect((await add('Dace', 'dace.now@example.lv')).headers.location).toBe(
      '/organizacijas/lietotaji?pievienots=invited',
    );
    expect((await add('Edgars', 'edgars.now@example.lv')).statusCode).toBe(303);
    expect((await add('Fricis', 'fricis.now@example.lv')).statusCode).toBe(409);
    expect(await count()).toBe(4);
  });

  it('lets a representative name the responsible user; others may not', async () => {
    const org = await makeOrganisation(t.db);
    const rep = await orgUserSession(t.db, clock, { organisationId: org.id });
    const pdp = await orgUserSession(t.db, clock, { organisationId: org.id, role: 'pdp_user' });
    const byPdp = await formPost(
      t.app,
      `/organizacijas/lietotaji/${pdp.orgUserId}/atbildigais`,
      pdp.cookie,
      {
        ...freshFormFields(pdp.csrf),
        value: 'yes',
      },
    );
    expect(byPdp.statusCode).toBe(403);
    const bad = await formPost(
      t.app,
      `/organizacijas/lietotaji/${pdp.orgUserId}/atbildigais`,
      rep.cookie,
      {
        ...freshFormFields(rep.csrf),
        value: 'maybe',
      },
    );
    expect(bad.statusCode).toBe(409);
    const named = await formPost(
      t.app,
      `/organizacijas/lietotaji/${pdp.orgUserId}/atbildigais`,
      rep.cookie,
      {
        ...freshFormFields(rep.csrf),
        value: 'yes',
      },
    );
    expect(named.statusCode).toBe(303);
    const row = await t.db
      .selectFrom('org_users')
      .select('is_responsible')
      .where('id', '=', pdp.orgUserId)
      .executeTakeFirstOrThrow();
    expect(row.is_responsible).toBe(true);
    // Now the browser user manages users (read fresh, not from the session).
    expect((await pageGet(t.app, '/organizacijas/lietotaji', pdp.cookie)).body).toContain(
      'Pievienot personu datu pārlūka lietotāju',
    );
    // A representative sees the users but does not manage them.
    const repPage = await pageGet(t.app, '/organizacijas/lietotaji', rep.cookie);
    expect(repPage.statusCode).toBe(200);
    expect(repPage.body).not.toContain('Pievienot personu datu pārlūka lietotāju');
    const repAdd = await formPost(t.app, '/organizacijas/lietotaji', rep.cookie, {
      ...freshFormFields(rep.csrf),
      name: 'X',
      email: 'x.rep@example.lv',
    });
    expect(repAdd.statusCode).toBe(403);
  });
});

describe('who may call', () => {
  it('refuses anonymous callers, other kinds, other roles and other organisations', async () => {
    const org = await makeOrganisation(t.db);
    const manager = await orgUserSession(t.db, clock, {
      organisationId: org.id,
      responsible: true,
    });
    const target = await orgUserSession(t.db, clock, { organisationId: org.id, role: 'pdp_user' });
    const plainPdp = await orgUserSession(t.db, clock, {
      organisationId: org.id,
      role: 'pdp_user',
    });
    const agent = await staffSession(t.db, clock, 'ic_agent');
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const orgPages = ['/organizacijas', '/organizacijas/lietotaji'];
    const orgPosts = [
      '/organizacijas/lietotaji',
      `/organizacijas/lietotaji/${target.orgUserId}/atbloket`,
      `/organizacijas/lietotaji/${target.orgUserId}/atspejot`,
      `/organizacijas/lietotaji/${target.orgUserId}/atbildigais`,
    ];
    for (const url of orgPages) {
      const anon = await pageGet(t.app, url);
      expect(anon.statusCode, url).toBe(303);
      expect(anon.headers.location).toBe(
        `/organizacijas/pieteikties?atpakal=${encodeURIComponent(url)}`,
      );
      expect((await t.app.inject({ method: 'GET', url })).json()).toMatchObject({
        code: 'unauthenticated',
      });
      expect((await pageGet(t.app, url, officer.cookie)).statusCode, url).toBe(403);
    }
    expect((await pageGet(t.app, '/organizacijas/lietotaji', plainPdp.cookie)).statusCode).toBe(
      403,
    );
    for (const url of orgPosts) {
      expect((await formPost(t.app, url, '', { value: 'yes' })).statusCode, url).toBe(401);
      expect(
        (
          await formPost(t.app, url, officer.cookie, {
            ...freshFormFields(officer.csrf),
            value: 'yes',
          })
        ).statusCode,
        url,
      ).toBe(403);
      const byPdp = await formPost(t.app, url, plainPdp.cookie, {
        ...freshFormFields(plainPdp.csrf),
        name: 'X',
        email: 'x.pdp@example.lv',
        value: 'yes',
      });
      expect(byPdp.statusCode, url).toBe(403);
    }
    const staffPages = ['/darbinieki/lietotaju-pieprasijumi'];
    for (const url of staffPages) {
      expect((await pageGet(t.app, url)).statusCode).toBe(303);
      expect((await pageGet(t.app, url, agent.cookie)).statusCode).toBe(403);
      expect((await pageGet(t.app, url, manager.cookie)).statusCode).toBe(403);
    }
    for (const url of [
      '/darbinieki/lietotaju-pieprasijumi/1/apstiprinat',
      '/darbinieki/lietotaju-pieprasijumi/1/atteikt',
    ]) {
      expect(
        (await formPost(t.app, url, agent.cookie, { ...freshFormFields(agent.csrf) })).statusCode,
      ).toBe(403);
      expect(
        (await formPost(t.app, url, manager.cookie, { ...freshFormFields(manager.csrf) }))
          .statusCode,
      ).toBe(403);
    }
    // Manager of this organisation may not act on another organisation's user.
    const other = await makeOrganisation(t.db);
    const foreign = await orgUserSession(t.db, clock, {
      organisationId: other.id,
      role: 'pdp_user',
    });
    const res = await formPost(
      t.app,
      `/organizacijas/lietotaji/${foreign.orgUserId}/atspejot`,
      manager.cookie,
      { ...freshFormFields(manager.csrf) },
    );
    expect(res.statusCode).toBe(404);
    const still = await t.db
      .selectFrom('org_users')
      .select('status')
      .where('id', '=', foreign.orgUserId)
      .executeTakeFirstOrThrow();
    expect(still.status).toBe('active');
    // Nor disable themselves.
    const self = await formPost(
      t.app,
      `/organizacijas/lietotaji/${manager.orgUserId}/atspejot`,
      manager.cookie,
      { ...freshFormFields(manager.csrf) },
    );
    expect(self.statusCode).toBe(409);
  });
});

describe('restoring a user’s access data', () => {
  it('resets password and authenticator by a new one-time link: by the responsible user or PMLP, audited and mailed', async () => {
    const { id, repEmail } = await staffCreatedOrganisation();
    const { secret: repSecret } = await setUp(repEmail);
    await makeAgreement(t.db, id, { pdpUsers: 2, responsibleCreatesUsers: true });
    nextStep();
    const repCookie = sessionCookieOf(
      await signIn(repEmail, PASSWORD, totpCode(repSecret, clock.now())),
    );
    const usersPage = await pageGet(t.app, '/organizacijas/lietotaji', repCookie);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(usersPage.body)?.[1] ?? '';
    const userEmail = `lost${serial}.${process.pid}@org.example.lv`;
    await formPost(t.app, '/organizacijas/lietotaji', repCookie, {
      ...freshFormFields(csrf),
      name: 'Pazaudēta Tālruņa Īpašniece',
      email: userEmail,
    });
    const { secret: oldSecret, cookie: oldSession } = await setUp(userEmail);
    const user = await userRow(userEmail);
    const withButton = await pageGet(t.app, '/organizacijas/lietotaji', repCookie);
    expect(withButton.body).toContain(`/organizacijas/lietotaji/${user.id}/atjaunot-piekluvi`);

    // Another organisation's responsible user and an Information Centre agent are refused.
    const other = await makeOrganisation(t.db);
    const stranger = await orgUserSession(t.db, clock, {
      organisationId: other.id,
      responsible: true,
    });
    const foreign = await formPost(
      t.app,
      `/organizacijas/lietotaji/${user.id}/atjaunot-piekluvi`,
      stranger.cookie,
      { ...freshFormFields(stranger.csrf) },
    );
    expect(foreign.statusCode).toBe(404);
    const agent = await staffSession(t.db, clock, 'ic_agent');
    const byAgent = await formPost(
      t.app,
      `/darbinieki/organizacijas/${id}/lietotaji/${user.id}/atjaunot-piekluvi`,
      agent.cookie,
      { ...freshFormFields(agent.csrf) },
    );
    expect(byAgent.statusCode).toBe(403);
    expect((await userRow(userEmail)).status).toBe('active');

    const reset = await formPost(
      t.app,
      `/organizacijas/lietotaji/${user.id}/atjaunot-piekluvi`,
      repCookie,
      { ...freshFormFields(csrf) },
    );
    expect(reset.statusCode).toBe(303);
    expect(reset.headers.location).toBe('/organizacijas/lietotaji?atjaunots=1');
    const notice = await pageGet(t.app, reset.headers.location as string, repCookie);
    expect(notice.body).toContain('Piekļuves dati atiestatīti');
    expect((await userRow(userEmail)).status).toBe('invited');
    // The old session, password and authenticator no longer open anything.
    expect((await pageGet(t.app, '/organizacijas', oldSession)).statusCode).toBe(303);
    nextStep();
    expect((await signIn(userEmail, PASSWORD, totpCode(oldSecret, clock.now()))).statusCode).toBe(
      401,
    );
    expect(await auditActions(id)).toContain('org_user.access_reset');
    const mail = (await mailsTo(t.db, userEmail)).at(-1);
    expect(mail?.subject).toContain('restore your access data');
    expect((await mailsTo(t.db, repEmail)).at(-1)?.text).toContain(userEmail);

    // The user sets both again from the new link, with a new secret.
    const { secret: newSecret } = await setUp(userEmail);
    expect(newSecret).not.toBe(oldSecret);
    nextStep();
    expect((await signIn(userEmail, PASSWORD, totpCode(newSecret, clock.now()))).statusCode).toBe(
      303,
    );

    // PMLP can reset it too; a user still setting up cannot be reset again until done.
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const byOfficer = await formPost(
      t.app,
      `/darbinieki/organizacijas/${id}/lietotaji/${user.id}/atjaunot-piekluvi`,
      officer.cookie,
      { ...freshFormFields(officer.csrf) },
    );
    expect(byOfficer.statusCode).toBe(303);
    const again = await formPost(
      t.app,
      `/darbinieki/organizacijas/${id}/lietotaji/${user.id}/atjaunot-piekluvi`,
      officer.cookie,
      { ...freshFormFields(officer.csrf) },
    );
    expect(again.statusCode).toBe(409);
    expect((await auditActions(id)).filter((a) => a === 'org_user.access_reset')).toHaveLength(2);
  });
});

describe('who gets which mail', () => {
  it('sends the organisation’s notices to its notice address and to the contact person named at registration', async () => {
    const { id, repEmail } = await staffCreatedOrganisation();
    const contactEmail = `kontakts${serial}@org.example.lv`;
    const noticeEmail = `birojs${serial}@org.example.lv`;
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const { recordDepositByStaff } = await import('../src/billing/service.ts');
    await t.db
      .transaction()
      .execute((trx) =>
        recordDepositByStaff(
          trx,
          { organisationId: id, amountCents: 5000, bankReference: `KONT-${serial}` },
          officer,
          null,
        ),
      );
    for (const to of [noticeEmail, contactEmail]) {
      expect((await mailsTo(t.db, to)).map((m) => m.subject).join('\n'), to).toMatch(
        /iemaksa|deposit/i,
      );
    }
    // A user's own account mail goes to that user alone.
    expect((await mailsTo(t.db, contactEmail)).some((m) => m.text.includes('zetons='))).toBe(false);
    expect((await mailsTo(t.db, repEmail)).some((m) => m.text.includes('zetons='))).toBe(true);
  });
});
