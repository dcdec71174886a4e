import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEuro } from '../src/agreements/service.ts';
import {
  balanceOf,
  invoiceDocument,
  issueMonthInvoice,
  recordDeposit,
} from '../src/billing/service.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';
import { makeConcludedAgreement } from './support/agreements.ts';
import { createTestApp, fixedClock, type TestContext } from './support/app.ts';
import { makePerson } from './support/factories.ts';
import { issueContext, usage } from './support/invoices.ts';
import { formPost, pageGet } from './support/org-accounts.ts';
import { nextRegistrationNumber, orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';
import { activeConnection, TEST_PURPOSE } from './support/system-client.ts';
import { freshFormFields } from './support/forms.ts';

// December 3rd: November is over and can be invoiced; the agreement is in force from November.
const TODAY = '2026-12-03';
const clock = fixedClock(`${TODAY}T10:00:00Z`);
let t: TestContext;

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

/** A public body as PMLP staff register it: only the legal form says it is one. */
async function registerPublicBody(officer: { cookie: string; csrf: string }) {
  const registrationNumber = nextRegistrationNumber('public');
  const created = await formPost(t.app, '/darbinieki/organizacijas/jauna', officer.cookie, {
    ...freshFormFields(officer.csrf),
    registrationNumber,
    name: 'Valsts ieņēmumu dienests',
    legalForm: 'public',
    address: 'Talejas iela 1, Rīga, LV-1978',
    email: `vid.${process.pid}@example.lv`,
    contactName: 'Kontakts Kontaktiņš',
    contactEmail: `kontakts.vid.${process.pid}@example.lv`,
    contactPhone: '+371 20000000',
    representativeName: 'Pārstāve Vidiņa',
    representativeEmail: `parstave.vid.${process.pid}@example.lv`,
  });
  expect(created.statusCode).toBe(303);
  const id = Number(/(\d+)$/.exec(created.headers.location as string)?.[1]);
  return { id, registrationNumber };
}

async function byCode(token: string, personalCode: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/persons/by-code',
    headers: { authorization: `Bearer ${token}` },
    payload: {
      personalCode,
      purpose: TEST_PURPOSE,
      endUser: 'Lieta 2026/77',
      scopes: ['identity'],
    },
  });
}

async function agreementOverApi(token: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/agreement',
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.statusCode).toBe(200);
  return res.json<{ fee: unknown }>();
}

async function readAudit(organisationId: number) {
  return t.db
    .selectFrom('audit_events')
    .select(['fee_cents', 'fee_exempt'])
    .where('organisation_id', '=', organisationId)
    .where('action', '=', 'person.read')
    .orderBy('id')
    .execute();
}

describe('a public-law body end to end', () => {
  it('is exempt by its legal form: free queries, zero fees, an invoice of zero naming the exemption, charged once staff end it', async () => {
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const org = await registerPublicBody(officer);
    const row = await t.db
      .selectFrom('organisations')
      .select(['legal_form', 'fee_exempt'])
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ legal_form: 'public', fee_exempt: true });

    const agreement = await makeConcludedAgreement(t.db, org.id, {
      environments: ['test', 'production'],
      systemConnections: 2,
      validFrom: '2026-11-01',
      scopes: ['identity'],
    });
    // The concluded text the agreement page shows beside its terms.
    await t.db
      .insertInto('agreement_versions')
      .values({
        agreement_id: agreement.id,
        number: 1,
        body: '1. Līguma priekšmets',
        side: 'pmlp',
        author_name: 'Darbinieks',
      })
      .execute();
    // A balance it does not need, so that an unwanted charge would show.
    await inTransaction(t.db, (trx) =>
      recordDeposit(trx, {
        organisationId: org.id,
        amountCents: 1000,
        bankReference: `RF-${org.id}`,
        staffId: null,
      }),
    );
    const system = await activeConnection(t, clock, org.id, 'production');
    const token = await system.token();
    const person = await makePerson(t.db, { surname: 'Kalniņa' });
    const terms = await agreementOverApi(token);
    expect(terms.fee).toEqual({ perPersonCents: 0, exempt: true });

    const free = await byCode(token, person.personalCode);
    expect(free.statusCode).toBe(200);
    const answer = free.json<{ person: Record<string, unknown>; fee: unknown }>();
    expect(answer.person).toMatchObject({ personalCode: person.personalCode });
    expect(answer.person.identity).toBeDefined();
    expect(answer.fee).toEqual({ perPersonCents: 0, totalCents: 0, exempt: true });
    expect(await balanceOf(t.db, org.id)).toBe(1000);
    expect(await readAudit(org.id)).toEqual([{ fee_cents: 0, fee_exempt: true }]);

    // The agreement page: list prices for information, nothing payable.
    const rep = await orgUserSession(t.db, clock, { organisationId: org.id, responsible: true });
    for (const locale of ['lv', 'en'] as const) {
      const page = await pageGet(
        t.app,
        `/organizacijas/ligumi/${agreement.reference}?lang=${locale}`,
        rep.cookie,
      );
      expect(page.statusCode).toBe(200);
      const payable = locale === 'lv' ? 'Maksājams mēnesī' : 'Payable a month';
      expect(page.body).toContain(
        `${payable}</th><td><strong>EUR ${formatEuro(0, locale)}</strong></td>`,
      );
      expect(page.body).toContain(
        locale === 'lv' ? 'Organizācija ir atbrīvota no maksas' : 'exempt from fees',
      );
    }

    // November's invoice: the lines at list price, the total zero, the exemption named.
    await usage(t.db, org.id, 'users', 'production', '2026-11-10', 1);
    const outcome = await inTransaction(t.db, (trx) =>
      issueMonthInvoice(trx, issueContext(TODAY), org.id, '2026-11'),
    );
    if (!outcome.made) throw new Error(`no invoice: ${outcome.reason}`);
    const doc = await invoiceDocument(t.db, outcome.invoiceId);
    expect(doc.lines.length).toBeGreaterThan(0);
    expect(doc.lines.every((l) => l.amountCents > 0)).toBe(true);
    expect([doc.netCents, doc.vatCents, doc.totalCents]).toEqual([0, 0, 0]);
    expect(doc.exemption?.lv).toContain('bez maksas');
    expect(doc.exemption?.en).toContain('exempt');
    const invoices = await pageGet(t.app, '/organizacijas/rekini', rep.cookie);
    expect(invoices.statusCode).toBe(200);
    expect(invoices.body).toContain(doc.number);
    expect(invoices.body).toContain('Atbrīvots (0 EUR)');
    const invoicesEn = await pageGet(t.app, '/organizacijas/rekini?lang=en', rep.cookie);
    expect(invoicesEn.body).toContain('Exempt (EUR 0)');
    const csv = await pageGet(t.app, `/organizacijas/rekini/${doc.number}.csv`, rep.cookie);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(doc.exemption?.lv);

    // Staff end the exemption with a reason: the next query is charged.
    const ended = await formPost(
      t.app,
      `/darbinieki/organizacijas/${org.id}/atbrivojums`,
      officer.cookie,
      {
        ...freshFormFields(officer.csrf),
        feeExempt: 'no',
        reason: 'Kapitālsabiedrība, nevis iestāde',
      },
    );
    expect(ended.statusCode).toBe(303);
    const detail = await pageGet(t.app, `/darbinieki/organizacijas/${org.id}`, officer.cookie);
    expect(detail.body).toContain('Kapitālsabiedrība, nevis iestāde');
    // The token issued before the change: the change holds from the next query, not the next token.
    expect((await agreementOverApi(token)).fee).toEqual({ perPersonCents: 200, exempt: false });
    const charged = await byCode(token, person.personalCode);
    expect(charged.statusCode).toBe(200);
    expect(charged.json<{ fee: unknown }>().fee).toEqual({
      perPersonCents: 200,
      totalCents: 200,
      exempt: false,
    });
    expect(await balanceOf(t.db, org.id)).toBe(800);
    expect(await readAudit(org.id)).toEqual([
      { fee_cents: 0, fee_exempt: true },
      { fee_cents: 200, fee_exempt: false },
    ]);
  });
});
