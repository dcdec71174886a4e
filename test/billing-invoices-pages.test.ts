import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoiceDocument, issueMonthInvoice } from '../src/billing/service.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';
import { createTestApp, fixedClock, type TestContext } from './support/app.ts';
import { billedOrganisation, issueContext } from './support/invoices.ts';
import { orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';
import { freshFormFields } from './support/forms.ts';

const clock = fixedClock('2026-12-03T10:00:00Z');
let t: TestContext;
let number = '';
let orgId = 0;

beforeAll(async () => {
  t = await createTestApp({ clock });
  const org = await billedOrganisation(t.db, { validFrom: '2026-11-01', validUntil: '2026-11-30' });
  orgId = org.id;
  const outcome = await inTransaction(t.db, (trx) =>
    issueMonthInvoice(trx, issueContext('2026-12-03'), org.id, '2026-11'),
  );
  if (!outcome.made) throw new Error('no invoice');
  number = (await invoiceDocument(t.db, outcome.invoiceId)).number;
});
afterAll(async () => {
  await t.close();
});

function get(url: string, cookie: string) {
  return t.app.inject({ method: 'GET', url, headers: { cookie, accept: 'text/html' } });
}

describe('invoice pages', () => {
  it('shows the organisation its invoices with the CSV, and refuses others', async () => {
    const me = await orgUserSession(t.db, clock, { organisationId: orgId });
    const page = await get('/organizacijas/rekini', me.cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(number);
    expect(page.body).toContain('LV00TREL0000000000000');
    const csv = await get(`/organizacijas/rekini/${number}.csv`, me.cookie);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('MK noteikumi Nr. 562, 4. punkts');
    expect(csv.body).toContain('245,12');
    const other = await billedOrganisation(t.db, { validFrom: '2026-11-01', validUntil: null });
    const stranger = await orgUserSession(t.db, clock, { organisationId: other.id });
    expect((await get(`/organizacijas/rekini/${number}.csv`, stranger.cookie)).statusCode).toBe(
      404,
    );
    const browserUser = await orgUserSession(t.db, clock, {
      organisationId: orgId,
      role: 'pdp_user',
    });
    expect((await get('/organizacijas/rekini', browserUser.cookie)).statusCode).toBe(403);
    const staff = await staffSession(t.db, clock);
    expect((await get('/organizacijas/rekini', staff.cookie)).statusCode).toBe(403);
  });

  it('lets a PMLP officer list invoices and mark one paid from a statement line; other staff are refused', async () => {
    const agent = await staffSession(t.db, clock, 'ic_agent');
    expect((await get('/darbinieki/rekini', agent.cookie)).statusCode).toBe(403);
    const officer = await staffSession(t.db, clock);
    const list = await get('/darbinieki/rekini?menesis=2026-11', officer.cookie);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(number);
    const post = (payload: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/darbinieki/rekini/apmaksa',
        headers: {
          cookie: officer.cookie,
          accept: 'text/html',
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: new URLSearchParams({
          ...freshFormFields(officer.csrf),
          ...payload,
        }).toString(),
      });
    const wrong = await post({ datums: '2026-12-02', summa: '200,00', atsauce: number });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.body).toContain('neatbilst');
    const paid = await post({ datums: '2026-12-02', summa: '245,12', atsauce: number });
    expect(paid.statusCode).toBe(303);
    const row = await t.db
      .selectFrom('invoices')
      .select('status')
      .where('number', '=', number)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('paid');
  });
});
