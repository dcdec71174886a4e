import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  monthlyFees,
  tariffOn,
  type FeeTerms,
  parseEuroAmount,
} from '../src/agreements/service.ts';
import { createTestApp, fixedClock, type TestContext } from './support/app.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';
import { freshFormFields } from './support/forms.ts';

const clock = fixedClock('2026-11-24T10:00:00Z');
let t: TestContext;

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

const BASE = 24512;
const EXTRA_USER = 2378;
const MON_BASE = 4269;
const MON_EXTRA = 1423;

function terms(
  users: number,
  persons: number | null,
  environments: FeeTerms['environments'] = ['production'],
): FeeTerms {
  return {
    environments,
    pdpUsers: users,
    systemConnections: 0,
    monitoring: persons !== null,
    monitoringPersons: persons,
  };
}

function formPost(
  url: string,
  cookie: string,
  fields: Record<string, string>,
  accept = 'text/html',
) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, accept, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
}

async function tariffCount() {
  const row = await t.db
    .selectFrom('tariffs')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('tariffs with validity dates', () => {
  it('gives the latest price on or before the day, across a change date', async () => {
    await t.db
      .insertInto('tariffs')
      .values({
        code: 'credentials_restore',
        amount_cents: 1999,
        valid_from: '2027-03-01',
        reason: 'Test',
      })
      .execute();
    expect(await tariffOn(t.db, 'credentials_restore', '2027-02-28')).toBe(1423);
    expect(await tariffOn(t.db, 'credentials_restore', '2027-03-01')).toBe(1999);
    expect(await tariffOn(t.db, 'credentials_restore', '2030-01-01')).toBe(1999);
    expect(await tariffOn(t.db, 'state_fee_per_person', '2026-11-24')).toBe(200);
    await expect(tariffOn(t.db, 'state_fee_per_person', '2020-01-01')).rejects.toThrow(
      'tariff_missing',
    );
  });

  it('reads euro amounts typed with a comma or a dot into cents', () => {
    expect(parseEuroAmount('245,12')).toBe(24512);
    expect(parseEuroAmount('245.12')).toBe(24512);
    expect(parseEuroAmount('12.5')).toBe(1250);
    expect(parseEuroAmount(' 1 245 ')).toBe(124500);
    expect(parseEuroAmount('-3')).toBeNull();
    expect(parseEuroAmount('1.234')).toBeNull();
    expect(parseEuroAmount('abc')).toBeNull();
  });
});

describe('monthly fees', () => {
  const day = '2026-11-24';
  it('charges the subscription up to 5 users, then per further user', async () => {
    const fee = async (users: number) =>
      (await monthlyFees(t.db, terms(users, null), day, false)).environments[0]?.subscriptionCents;
    expect(await fee(3)).toBe(BASE);
    expect(await fee(5)).toBe(BASE);
    expect(await fee(6)).toBe(BASE + EXTRA_USER);
    expect(await fee(12)).toBe(BASE + 7 * EXTRA_USER);
  });

  it('counts browser users and system connections together', async () => {
    const fees = await monthlyFees(t.db, { ...terms(4, null), systemConnections: 3 }, day, false);
    expect(fees.environments[0]).toMatchObject({
      users: 7,
      extraUsers: 2,
      subscriptionCents: BASE + 2 * EXTRA_USER,
    });
  });

  it('charges monitoring up to 1000 persons, then per further 1000 begun', async () => {
    const fee = async (persons: number) =>
      (await monthlyFees(t.db, terms(3, persons), day, false)).environments[0]?.monitoringCents;
    expect(await fee(1)).toBe(MON_BASE);
    expect(await fee(1000)).toBe(MON_BASE);
    expect(await fee(1001)).toBe(MON_BASE + MON_EXTRA);
    expect(await fee(25_000)).toBe(MON_BASE + 24 * MON_EXTRA);
    const none = await monthlyFees(t.db, terms(3, null), day, false);
    expect(none.environments[0]?.monitoringCents).toBe(0);
  });

  it('totals per environment and over both, in integer cents', async () => {
    const fees = await monthlyFees(t.db, terms(6, 1001, ['test', 'production']), day, false);
    const one = BASE + EXTRA_USER + MON_BASE + MON_EXTRA;
    expect(fees.environments.map((e) => e.totalCents)).toEqual([one, one]);
    expect(fees.listTotalCents).toBe(2 * one);
    expect(fees.payableTotalCents).toBe(2 * one);
    expect(Number.isInteger(fees.listTotalCents)).toBe(true);
  });

  it('shows an exempt organisation the list prices and charges it nothing', async () => {
    const fees = await monthlyFees(t.db, terms(12, 25_000), day, true);
    expect(fees.feeExempt).toBe(true);
    expect(fees.listTotalCents).toBe(BASE + 7 * EXTRA_USER + MON_BASE + 24 * MON_EXTRA);
    expect(fees.payableTotalCents).toBe(0);
  });
});

describe('the staff tariff page', () => {
  it('shows current prices, history and scheduled changes, and sets a new price from a date', async () => {
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const page = await t.app.inject({
      method: 'GET',
      url: '/darbinieki/tarifi',
      headers: { cookie: officer.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Valsts nodeva par vienu personu');
    expect(page.body).toContain('245,12');
    const res = await formPost('/darbinieki/tarifi', officer.cookie, {
      ...freshFormFields(officer.csrf),
      code: 'subscription_extra_user',
      amount: '25,5',
      validFrom: '2027-01-01',
      reason: 'MK noteikumi Nr. 999, 5. punkts',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/darbinieki/tarifi?saglabats=1');
    expect(await tariffOn(t.db, 'subscription_extra_user', '2027-01-01')).toBe(2550);
    expect(await tariffOn(t.db, 'subscription_extra_user', '2026-12-31')).toBe(EXTRA_USER);
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['actor_id', 'reason', 'channel', 'fee_cents'])
      .where('action', '=', 'tariff.changed')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor_id: String(officer.staffId),
      channel: 'backoffice',
      fee_cents: 2550,
    });
    const after = await t.app.inject({
      method: 'GET',
      url: '/darbinieki/tarifi?saglabats=1&lang=en',
      headers: { cookie: officer.cookie },
    });
    expect(after.body).toContain('The new price is saved.');
    expect(after.body).toContain(
      'from 1 January 2027: EUR 25.50 (MK noteikumi Nr. 999, 5. punkts)',
    );
  });

  it('refuses a past date, a bad amount, a missing reason and a duplicate day, and changes nothing', async () => {
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const good = {
      _csrf: officer.csrf,
      code: 'monitoring_extra_1000_persons',
      amount: '15.00',
      validFrom: '2027-02-01',
      reason: 'MK noteikumi Nr. 999, 6. punkts',
    };
    expect(
      (
        await formPost('/darbinieki/tarifi', officer.cookie, {
          ...good,
          ...freshFormFields(officer.csrf),
        })
      ).statusCode,
    ).toBe(303);
    const before = await tariffCount();
    const cases: [Record<string, string>, string, number][] = [
      [{ validFrom: '2026-11-23' }, 'tariff_date_past', 400],
      [{ validFrom: '2027-02-30' }, 'tariff_date_invalid', 400],
      [{ amount: '15,001' }, 'tariff_amount_invalid', 400],
      [{ reason: '   ' }, 'tariff_reason_required', 400],
      [{ code: 'free_lunch' }, 'tariff_unknown', 400],
      [{}, 'tariff_exists', 409],
    ];
    for (const [change, code, status] of cases) {
      const res = await formPost(
        '/darbinieki/tarifi',
        officer.cookie,
        { ...good, ...change, ...freshFormFields(officer.csrf) },
        'application/json',
      );
      expect(res.statusCode, code).toBe(status);
      expect(res.json<{ code: string }>().code).toBe(code);
    }
    // A browser gets the form again, with the message and the input kept.
    const page = await formPost('/darbinieki/tarifi', officer.cookie, {
      ...good,
      ...freshFormFields(officer.csrf),
      validFrom: '2026-11-01',
      amount: '16,40',
    });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('Cenu nevar mainīt pagātnē');
    expect(page.body).toContain('value="16,40"');
    const duplicate = await formPost('/darbinieki/tarifi', officer.cookie, {
      ...good,
      ...freshFormFields(officer.csrf),
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.body).toContain('Šim tarifam no šīs dienas cena jau ir noteikta.');
    expect(await tariffCount()).toBe(before);
  });

  it('refuses other staff, organisation users and anonymous callers', async () => {
    const agent = await staffSession(t.db, clock, 'ic_agent');
    const org = await makeOrganisation(t.db);
    const rep = await orgUserSession(t.db, clock, { organisationId: org.id });
    const before = await tariffCount();
    const fields = {
      code: 'credentials_restore',
      amount: '1',
      validFrom: '2028-01-01',
      reason: 'x',
    };
    for (const who of [agent, rep]) {
      const get = await t.app.inject({
        method: 'GET',
        url: '/darbinieki/tarifi',
        headers: { cookie: who.cookie, accept: 'application/json' },
      });
      expect(get.statusCode).toBe(403);
      const post = await formPost(
        '/darbinieki/tarifi',
        who.cookie,
        { ...fields, _csrf: who.csrf },
        'application/json',
      );
      expect(post.statusCode).toBe(403);
    }
    const anonymous = await t.app.inject({
      method: 'GET',
      url: '/darbinieki/tarifi',
      headers: { accept: 'application/json' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await tariffCount()).toBe(before);
  });
});
