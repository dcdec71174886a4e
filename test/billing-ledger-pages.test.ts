import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { balanceOf, chargeStateFee, recordDeposit } from '../src/billing/service.ts';
import type { Db } from '../src/database.ts';
import { createTestApp, fixedClock, type TestContext } from './support/app.ts';
import {
  makeOrganisation,
  nextRegistrationNumber,
  orgUserSession,
} from './support/organisations.ts';
import { freshFormFields, hiddenFieldsOf } from './support/forms.ts';
import { staffSession } from './support/staff.ts';

const clock = fixedClock('2026-11-24T10:00:00Z');
let t: TestContext;

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

function get(url: string, cookie?: string, accept = 'text/html') {
  return t.app.inject({
    method: 'GET',
    url,
    headers: { accept, ...(cookie === undefined ? {} : { cookie }) },
  });
}

function formPost(
  url: string,
  cookie: string | undefined,
  fields: Record<string, string>,
  accept = 'text/html',
) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      accept,
      'content-type': 'application/x-www-form-urlencoded',
      ...(cookie === undefined ? {} : { cookie }),
    },
    payload: new URLSearchParams(fields).toString(),
  });
}

const CHECK = '/darbinieki/iemaksas';
const CONFIRM = '/darbinieki/iemaksas/registret';

/** The check page's confirm form, as a browser sends it: its hidden fields and one-time token. */
async function confirmFormOf(cookie: string, fields: Record<string, string>) {
  const check = await formPost(CHECK, cookie, fields);
  expect(check.statusCode).toBe(200);
  return hiddenFieldsOf(check.body, CONFIRM);
}

async function confirmDeposit(cookie: string, fields: Record<string, string>) {
  return formPost(CONFIRM, cookie, await confirmFormOf(cookie, fields));
}

function deposit(db: Db, organisationId: number, amountCents: number, bankReference: string) {
  return db
    .transaction()
    .execute((trx) =>
      recordDeposit(trx, { organisationId, amountCents, bankReference, staffId: null }),
    );
}

function fee(db: Db, organisationId: number, amountCents: number, reference: string) {
  return db.transaction().execute((trx) =>
    chargeStateFee(trx, {
      organisationId,
      amountCents,
      reference,
      idempotencyKey: reference,
      today: '2026-11-24',
    }),
  );
}

/** Everything recording a deposit writes: movements, audit rows and queued mails. */
async function footprint() {
  const count = async (table: 'ledger_movements' | 'audit_events' | 'jobs') => {
    const row = await t.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    movements: await count('ledger_movements'),
    audit: await count('audit_events'),
    jobs: await count('jobs'),
  };
}

/** The statement rows of a page: each kind sits in its own cell. */
function kindCells(body: string, kind: string): number {
  return body.split(`<td>${kind}</td>`).length - 1;
}

describe('staff record a deposit: form, check, confirmation', () => {
  it('records through the pages, audits it and mails the organisation in one go', async () => {
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const org = await makeOrganisation(t.db, { name: 'SIA "Iemaksu Banka"' });

    const home = await get('/darbinieki', officer.cookie);
    expect(home.body).toContain('href="/darbinieki/iemaksas"');
    expect(home.body).toContain('Iemaksas');

    // The organisation's page shows the balance and links to a prefilled form.
    const detail = await get(`/darbinieki/organizacijas/${org.id}`, officer.cookie);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('0,00 EUR');
    const link = `/darbinieki/iemaksas?registracijas_nr=${org.registrationNumber}`;
    expect(detail.body).toContain(`href="${link}"`);
    const form = await get(link, officer.cookie);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`value="${org.registrationNumber}"`);

    const fields = {
      _csrf: officer.csrf,
      registracijas_nr: org.registrationNumber,
      summa: '150,00',
      atsauce: 'RF18 0000 1234',
    };
    const before = await footprint();
    const check = await formPost('/darbinieki/iemaksas', officer.cookie, fields);
    expect(check.statusCode).toBe(200);
    expect(check.body).toContain('Pārbaudiet iemaksu');
    expect(check.body).toContain('SIA &quot;Iemaksu Banka&quot;');
    expect(check.body).toContain('150,00 EUR');
    expect(check.body).toContain('RF18 0000 1234');
    expect(check.body).toContain('Reģistrēt iemaksu');
    // Checking writes nothing.
    expect(await footprint()).toEqual(before);
    expect(await balanceOf(t.db, org.id)).toBe(0);

    const done = await confirmDeposit(officer.cookie, fields);
    expect(done.statusCode).toBe(303);
    const location = done.headers.location ?? '';
    expect(location).toMatch(/^\/darbinieki\/iemaksas\/\d+$/);
    expect(await balanceOf(t.db, org.id)).toBe(15000);

    const confirmation = await get(location, officer.cookie);
    expect(confirmation.statusCode).toBe(200);
    expect(confirmation.body).toContain('Iemaksa reģistrēta');
    expect(confirmation.body).toContain('RF18 0000 1234');
    expect(confirmation.body).toContain('150,00 EUR');
    const english = await get(`${location}?lang=en`, officer.cookie);
    expect(english.body).toContain('Deposit recorded');
    expect(english.body).toContain('EUR 150.00');

    const movementId = Number(location.split('/').pop());
    const movement = await t.db
      .selectFrom('ledger_movements')
      .select(['kind', 'amount_cents', 'reference', 'staff_id', 'organisation_id'])
      .where('id', '=', movementId)
      .executeTakeFirstOrThrow();
    expect(movement).toEqual({
      kind: 'deposit',
      amount_cents: 15000,
      reference: 'RF18 0000 1234',
      staff_id: officer.staffId,
      organisation_id: org.id,
    });
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['actor_type', 'actor_id', 'channel', 'organisation_id', 'reason'])
      .where('action', '=', 'ledger.deposit_recorded')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(audit).toEqual([
      {
        actor_type: 'staff',
        actor_id: String(officer.staffId),
        channel: 'backoffice',
        organisation_id: org.id,
        reason: 'RF18 0000 1234: EUR 150.00',
      },
    ]);
    const mail = await t.db
      .selectFrom('jobs')
      .select('payload')
      .where(
        'dedupe_key',
        '=',
        `deposit-recorded:${movementId}:org${org.registrationNumber}@example.lv`,
      )
      .executeTakeFirstOrThrow();
    const payload = mail.payload as { to: string; subject: string; text: string };
    expect(payload.to).toBe(`org${org.registrationNumber}@example.lv`);
    expect(payload.subject).toContain('Iemaksa reģistrēta');
    expect(payload.text).toContain('150,00 EUR');
    expect(payload.text).toContain('RF18 0000 1234');

    // The list of latest deposits and the organisation's page show it.
    const list = await get('/darbinieki/iemaksas', officer.cookie);
    expect(list.body).toContain('RF18 0000 1234');
    expect(list.body).toContain(org.registrationNumber);
    const after = await get(`/darbinieki/organizacijas/${org.id}?lang=en`, officer.cookie);
    expect(after.body).toContain('EUR 150.00');
  });

  it('refuses a bank reference recorded before for that organisation, changing nothing', async () => {
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const org = await makeOrganisation(t.db);
    await deposit(t.db, org.id, 5000, 'DUP-1');
    const fields = {
      _csrf: officer.csrf,
      registracijas_nr: org.registrationNumber,
      summa: '75',
      atsauce: ' DUP-1 ',
    };
    const before = await footprint();
    for (const path of ['/darbinieki/iemaksas', '/darbinieki/iemaksas/registret']) {
      const page = await formPost(path, officer.cookie, fields);
      expect(page.statusCode, path).toBe(409);
      expect(page.body).toContain('Lūdzu, izlabojiet kļūdas');
      expect(page.body).toContain('jau ir reģistrēta');
      expect(page.body).toContain('value="75"');
      const api = await formPost(path, officer.cookie, fields, 'application/json');
      expect(api.statusCode).toBe(409);
      expect(api.json<{ code: string }>().code).toBe('deposit_reference_exists');
    }
    expect(await footprint()).toEqual(before);
    expect(await balanceOf(t.db, org.id)).toBe(5000);
    // The same bank reference is a different transfer for another organisation.
    const other = await makeOrganisation(t.db);
    const check = await formPost('/darbinieki/iemaksas', officer.cookie, {
      ...fields,
      registracijas_nr: other.registrationNumber,
    });
    expect(check.statusCode).toBe(200);
  });

  it('refuses a bad amount, a missing reference and an unknown or invalid organisation', async () => {
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const org = await makeOrganisation(t.db);
    const good = {
      _csrf: officer.csrf,
      registracijas_nr: org.registrationNumber,
      summa: '20,00',
      atsauce: 'BAD-INPUT-1',
    };
    const cases: [Record<string, string>, string, number][] = [
      [{ summa: 'abc' }, 'deposit_amount_invalid', 400],
      [{ summa: '0' }, 'deposit_amount_invalid', 400],
      [{ summa: '-5' }, 'deposit_amount_invalid', 400],
      [{ summa: '1,234' }, 'deposit_amount_invalid', 400],
      [{ summa: '' }, 'deposit_amount_invalid', 400],
      [{ atsauce: '   ' }, 'deposit_reference_missing', 400],
      [{ atsauce: 'x'.repeat(141) }, 'deposit_reference_missing', 400],
      [{ registracijas_nr: '40003032948' }, 'registration_number_invalid', 400],
      [{ registracijas_nr: '' }, 'registration_number_invalid', 400],
      [{ registracijas_nr: nextRegistrationNumber() }, 'organisation_not_found', 404],
    ];
    const before = await footprint();
    for (const [change, code, status] of cases) {
      for (const path of ['/darbinieki/iemaksas', '/darbinieki/iemaksas/registret']) {
        const res = await formPost(
          path,
          officer.cookie,
          { ...good, ...change },
          'application/json',
        );
        expect(res.statusCode, `${code} ${path}`).toBe(status);
        expect(res.json<{ code: string }>().code).toBe(code);
      }
    }
    // A browser gets the form with an error summary linking to the field, and its input kept.
    const page = await formPost('/darbinieki/iemaksas/registret', officer.cookie, {
      ...good,
      summa: '12,345',
      atsauce: 'KEEP-ME',
    });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('class="error-summary"');
    expect(page.body).toContain('href="#summa"');
    expect(page.body).toContain('value="12,345"');
    expect(page.body).toContain('value="KEEP-ME"');
    expect(page.body).toContain(`value="${org.registrationNumber}"`);
    const unknown = await formPost('/darbinieki/iemaksas', officer.cookie, {
      ...good,
      registracijas_nr: nextRegistrationNumber(),
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Šāda organizācija nav atrasta.');
    expect(await footprint()).toEqual(before);
    expect(await balanceOf(t.db, org.id)).toBe(0);
    // A deposit that does not exist has no confirmation page.
    const missing = await get('/darbinieki/iemaksas/999999', officer.cookie, 'application/json');
    expect(missing.statusCode).toBe(404);
    expect(missing.json<{ code: string }>().code).toBe('deposit_not_found');
  });

  it('refuses IC agents, organisation users and anonymous callers, and the form without its token', async () => {
    const agent = await staffSession(t.db, clock, 'ic_agent');
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const org = await makeOrganisation(t.db);
    const rep = await orgUserSession(t.db, clock, { organisationId: org.id });
    const { movementId } = await deposit(t.db, org.id, 1000, 'REFUSE-0');
    const fields = { registracijas_nr: org.registrationNumber, summa: '10', atsauce: 'REFUSE-1' };
    const before = await footprint();
    for (const [who, status, code] of [
      [agent, 403, 'role_required'],
      [rep, 403, 'forbidden'],
    ] as const) {
      for (const url of ['/darbinieki/iemaksas', `/darbinieki/iemaksas/${movementId}`]) {
        const res = await get(url, who.cookie, 'application/json');
        expect(res.statusCode, url).toBe(status);
        expect(res.json<{ code: string }>().code).toBe(code);
      }
      for (const url of ['/darbinieki/iemaksas', '/darbinieki/iemaksas/registret']) {
        const res = await formPost(
          url,
          who.cookie,
          { ...fields, _csrf: who.csrf },
          'application/json',
        );
        expect(res.statusCode, url).toBe(status);
        expect(res.json<{ code: string }>().code).toBe(code);
      }
    }
    for (const url of ['/darbinieki/iemaksas', `/darbinieki/iemaksas/${movementId}`]) {
      expect((await get(url, undefined, 'application/json')).statusCode).toBe(401);
    }
    expect(
      (await formPost('/darbinieki/iemaksas/registret', undefined, fields, 'application/json'))
        .statusCode,
    ).toBe(401);
    const noToken = await formPost(
      '/darbinieki/iemaksas/registret',
      officer.cookie,
      fields,
      'application/json',
    );
    expect(noToken.statusCode).toBe(403);
    expect(await footprint()).toEqual(before);
    expect(await balanceOf(t.db, org.id)).toBe(1000);
    const agentHome = await get('/darbinieki', agent.cookie);
    expect(agentHome.body).not.toContain('/darbinieki/iemaksas');
  });
});

describe('a deposit confirmed again', () => {
  for (const how of ['one after the other', 'at once'] as const) {
    it(`${how}: one deposit, both sent to its confirmation`, async () => {
      const officer = await staffSession(t.db, clock, 'pmlp_officer');
      const org = await makeOrganisation(t.db);
      const form = await confirmFormOf(officer.cookie, {
        _csrf: officer.csrf,
        registracijas_nr: org.registrationNumber,
        summa: '40',
        atsauce: `TWICE-${how}`,
      });
      expect(form._form).toBeDefined();
      const send = () => formPost(CONFIRM, officer.cookie, form);
      const [first, second] =
        how === 'at once' ? await Promise.all([send(), send()]) : [await send(), await send()];
      expect([first.statusCode, second.statusCode]).toEqual([303, 303]);
      expect(second.headers.location).toBe(first.headers.location);
      expect(await balanceOf(t.db, org.id)).toBe(4000);
      const deposits = await t.db
        .selectFrom('ledger_movements')
        .select('id')
        .where('organisation_id', '=', org.id)
        .where('kind', '=', 'deposit')
        .execute();
      expect(deposits).toHaveLength(1);
      expect(first.headers.location).toBe(`${CHECK}/${deposits[0]?.id}`);
    });
  }

  it('without its one-time token is refused with a way back, and records nothing', async () => {
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const org = await makeOrganisation(t.db);
    const form = await confirmFormOf(officer.cookie, {
      _csrf: officer.csrf,
      registracijas_nr: org.registrationNumber,
      summa: '40',
      atsauce: 'NO-TOKEN-1',
    });
    const withoutToken = Object.fromEntries(Object.entries(form).filter(([k]) => k !== '_form'));
    const res = await formPost(CONFIRM, officer.cookie, withoutToken);
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Forma jau iesniegta vai novecojusi');
    expect(res.body).toContain(`<a href="${CHECK}">Sākt no jauna</a>`);
    expect(await balanceOf(t.db, org.id)).toBe(0);
  });
});

describe('the organisation’s balance page', () => {
  it('shows the balance and every deposit and state fee with the balance after each', async () => {
    const org = await makeOrganisation(t.db, { name: 'SIA "Atlikuma Tests"' });
    const rep = await orgUserSession(t.db, clock, { organisationId: org.id });
    const officer = await staffSession(t.db, clock, 'pmlp_officer');

    const home = await get('/organizacijas', rep.cookie);
    expect(home.body).toContain('href="/organizacijas/atlikums"');
    expect(home.body).toContain('Priekšapmaksa');

    const empty = await get('/organizacijas/atlikums', rep.cookie);
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('0,00 EUR');
    expect(empty.body).toContain('Iemaksu un maksājumu vēl nav.');
    expect(empty.body).toContain(org.registrationNumber);
    expect(empty.body).toContain('bankas pārskaitījumu');

    const fields = {
      _csrf: officer.csrf,
      registracijas_nr: org.registrationNumber,
      summa: '150',
      atsauce: 'BANK-777',
    };
    expect((await confirmDeposit(officer.cookie, fields)).statusCode).toBe(303);
    const afterDeposit = await get('/organizacijas/atlikums', rep.cookie);
    expect(afterDeposit.body).toContain('150,00 EUR');
    expect(afterDeposit.body).toContain('BANK-777');
    expect(kindCells(afterDeposit.body, 'Iemaksa')).toBe(1);
    expect(afterDeposit.body).toContain('+150,00');

    await fee(t.db, org.id, 400, 'request-id-1234');
    const page = await get('/organizacijas/atlikums', rep.cookie);
    expect(page.body).toContain('146,00 EUR');
    expect(page.body).toContain('request-id-1234');
    expect(kindCells(page.body, 'Valsts nodeva')).toBe(1);
    expect(page.body).toContain('-4,00');
    // Newest first: the fee, then the deposit; each with the balance after it.
    expect(page.body.indexOf('request-id-1234')).toBeLessThan(page.body.indexOf('BANK-777'));
    expect(page.body).toMatch(/-4,00<\/td><td class="numeric">146,00</);
    expect(page.body).toMatch(/\+150,00<\/td><td class="numeric">150,00</);
    const english = await get('/organizacijas/atlikums?lang=en', rep.cookie);
    expect(english.body).toContain('EUR 146.00');
    expect(kindCells(english.body, 'Deposit')).toBe(1);
    expect(kindCells(english.body, 'State fee')).toBe(1);
    expect(english.body).toContain('-4.00');
    expect(english.body).toContain('Enough for data on');
    expect(english.body).toContain('73 persons');
  });

  it('pages the statement with ?lapa=', async () => {
    const org = await makeOrganisation(t.db);
    const rep = await orgUserSession(t.db, clock, { organisationId: org.id });
    await deposit(t.db, org.id, 10000, 'PAGED-DEPOSIT');
    for (let i = 1; i <= 22; i += 1) await fee(t.db, org.id, 200, `paged-fee-${i}`);
    const first = await get('/organizacijas/atlikums', rep.cookie);
    expect(kindCells(first.body, 'Valsts nodeva')).toBe(20);
    expect(first.body).toContain('paged-fee-22');
    expect(first.body).not.toContain('PAGED-DEPOSIT');
    expect(first.body).toContain('href="/organizacijas/atlikums?lapa=2#izraksts"');
    expect(first.body).not.toContain('Jaunāki ieraksti');
    const second = await get('/organizacijas/atlikums?lapa=2', rep.cookie);
    expect(kindCells(second.body, 'Valsts nodeva')).toBe(2);
    expect(kindCells(second.body, 'Iemaksa')).toBe(1);
    expect(second.body).toContain('paged-fee-1<');
    expect(second.body).toContain('href="/organizacijas/atlikums#izraksts"');
    expect(second.body).not.toContain('Vecāki ieraksti');
    const beyond = await get('/organizacijas/atlikums?lapa=9', rep.cookie);
    expect(beyond.statusCode).toBe(200);
    expect(beyond.body).toContain('Šajā lapā ierakstu nav.');
    const nonsense = await get('/organizacijas/atlikums?lapa=abc', rep.cookie);
    expect(kindCells(nonsense.body, 'Valsts nodeva')).toBe(20);
  });

  it('tells a fee-exempt public body that it pays nothing', async () => {
    const org = await makeOrganisation(t.db, { legalForm: 'public' });
    const rep = await orgUserSession(t.db, clock, { organisationId: org.id });
    const page = await get('/organizacijas/atlikums', rep.cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Jūsu organizācija ir atbrīvota no valsts nodevas.');
    expect(page.body).toContain('nekas nav jāmaksā');
    expect(page.body).not.toContain('Kā papildināt atlikumu');
    const english = await get('/organizacijas/atlikums?lang=en', rep.cookie);
    expect(english.body).toContain('you pay nothing');
  });

  it('sets and clears the low-balance threshold, and refuses a bad one keeping the input', async () => {
    const org = await makeOrganisation(t.db);
    const rep = await orgUserSession(t.db, clock, { organisationId: org.id });
    const threshold = async () =>
      (
        await t.db
          .selectFrom('organisations')
          .select('low_balance_threshold_cents')
          .where('id', '=', org.id)
          .executeTakeFirstOrThrow()
      ).low_balance_threshold_cents;

    const set = await formPost('/organizacijas/atlikums/slieksnis', rep.cookie, {
      ...freshFormFields(rep.csrf),
      slieksnis: '50,00',
    });
    expect(set.statusCode).toBe(303);
    expect(set.headers.location).toBe('/organizacijas/atlikums?saglabats=slieksnis');
    expect(await threshold()).toBe(5000);
    const shown = await get(set.headers.location ?? '', rep.cookie);
    expect(shown.body).toContain('Paziņojumu slieksnis ir saglabāts.');
    expect(shown.body).toContain('value="50,00"');
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['actor_type', 'actor_id', 'channel', 'reason'])
      .where('action', '=', 'ledger.threshold_changed')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(audit).toEqual([
      {
        actor_type: 'org_user',
        actor_id: String(rep.orgUserId),
        channel: 'browser',
        reason: 'EUR 50.00',
      },
    ]);

    for (const bad of ['abc', '-1', '10,555', '12345678']) {
      const page = await formPost('/organizacijas/atlikums/slieksnis', rep.cookie, {
        ...freshFormFields(rep.csrf),
        slieksnis: bad,
      });
      expect(page.statusCode, bad).toBe(400);
      expect(page.body).toContain('class="error-summary"');
      expect(page.body).toContain('href="#slieksnis"');
      expect(page.body).toContain(`value="${bad}"`);
      const api = await formPost(
        '/organizacijas/atlikums/slieksnis',
        rep.cookie,
        { ...freshFormFields(rep.csrf), slieksnis: bad },
        'application/json',
      );
      expect(api.statusCode).toBe(400);
      expect(api.json<{ code: string }>().code).toBe('threshold_invalid');
    }
    expect(await threshold()).toBe(5000);

    const cleared = await formPost('/organizacijas/atlikums/slieksnis', rep.cookie, {
      ...freshFormFields(rep.csrf),
      slieksnis: '  ',
    });
    expect(cleared.statusCode).toBe(303);
    expect(cleared.headers.location).toBe('/organizacijas/atlikums?saglabats=izslegts');
    expect(await threshold()).toBeNull();
    const off = await get(`${cleared.headers.location ?? ''}&lang=en`, rep.cookie);
    expect(off.body).toContain('Low-balance notices are turned off.');
    expect(off.body).toContain('name="slieksnis" type="text" value aria-describedby');
  });

  it('shows each organisation only its own balance, and refuses browser users, staff and anonymous callers', async () => {
    const mine = await makeOrganisation(t.db, { name: 'SIA "Mana"' });
    const theirs = await makeOrganisation(t.db, { name: 'SIA "Citu"' });
    await deposit(t.db, theirs.id, 99900, 'THEIR-SECRET-REF');
    await deposit(t.db, mine.id, 1200, 'MY-REF');
    const rep = await orgUserSession(t.db, clock, { organisationId: mine.id });
    const page = await get('/organizacijas/atlikums', rep.cookie);
    expect(page.body).toContain('12,00 EUR');
    expect(page.body).toContain('MY-REF');
    expect(page.body).toContain('SIA &quot;Mana&quot;');
    expect(page.body).not.toContain('THEIR-SECRET-REF');
    expect(page.body).not.toContain('999,00');
    expect(page.body).not.toContain('Citu');
    // A threshold set by one organisation is its own.
    await formPost('/organizacijas/atlikums/slieksnis', rep.cookie, {
      ...freshFormFields(rep.csrf),
      slieksnis: '5',
    });
    const thresholds = await t.db
      .selectFrom('organisations')
      .select(['id', 'low_balance_threshold_cents'])
      .where('id', 'in', [mine.id, theirs.id])
      .orderBy('id')
      .execute();
    expect(thresholds).toEqual([
      { id: mine.id, low_balance_threshold_cents: 500 },
      { id: theirs.id, low_balance_threshold_cents: null },
    ]);

    const pdp = await orgUserSession(t.db, clock, { organisationId: theirs.id, role: 'pdp_user' });
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const pdpHome = await get('/organizacijas', pdp.cookie);
    expect(pdpHome.body).not.toContain('/organizacijas/atlikums');
    for (const [who, status, code] of [
      [pdp, 403, 'balance_representative_required'],
      [officer, 403, 'forbidden'],
    ] as const) {
      const view = await get('/organizacijas/atlikums', who.cookie, 'application/json');
      expect(view.statusCode).toBe(status);
      expect(view.json<{ code: string }>().code).toBe(code);
      const change = await formPost(
        '/organizacijas/atlikums/slieksnis',
        who.cookie,
        { ...freshFormFields(who.csrf), slieksnis: '1' },
        'application/json',
      );
      expect(change.statusCode).toBe(status);
      expect(change.json<{ code: string }>().code).toBe(code);
    }
    const pdpPage = await get('/organizacijas/atlikums', pdp.cookie);
    expect(pdpPage.statusCode).toBe(403);
    expect(pdpPage.body).not.toContain('THEIR-SECRET-REF');
    expect((await get('/organizacijas/atlikums', undefined, 'application/json')).statusCode).toBe(
      401,
    );
    const anonymous = await formPost(
      '/organizacijas/atlikums/slieksnis',
      undefined,
      { slieksnis: '1' },
      'application/json',
    );
    expect(anonymous.statusCode).toBe(401);
    expect(
      (
        await t.db
          .selectFrom('organisations')
          .select('low_balance_threshold_cents')
          .where('id', '=', theirs.id)
          .executeTakeFirstOrThrow()
      ).low_balance_threshold_cents,
    ).toBeNull();
  });
});
