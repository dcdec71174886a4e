import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TARIFF_CODES } from '../src/agreements/service.ts';
import { invoiceDocument, issueMonthInvoice } from '../src/billing/service.ts';
import { appendAudit } from '../src/platform/audit/audit-log.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';
import type { StaffRole } from '../src/platform/http/auth.ts';
import { makeConcludedAgreement } from './support/agreements.ts';
import { createTestApp, fixedClock, type TestContext } from './support/app.ts';
import { makePerson, nextPersonalCode } from './support/factories.ts';
import { expiredFormToken, followRedirect, formTokensOf, sendFormTwice } from './support/forms.ts';
import { billedOrganisation, issueContext } from './support/invoices.ts';
import { formPost } from './support/org-accounts.ts';
import {
  makeOrganisation,
  nextRegistrationNumber,
  orgUserSession,
} from './support/organisations.ts';
import { makeDecidedRequest } from './support/requests.ts';
import { staffSession } from './support/staff.ts';
import { activeConnection } from './support/system-client.ts';

/**
 * Every staff form that creates or changes, sent again (a reload, back and resubmit, a double
 * click): one effect, and the repeat is shown where the first post led. A form without its
 * one-time token, or with an expired one, is refused with `form_token_invalid` and changes
 * nothing (docs/decisions/0018).
 */

const clock = fixedClock('2026-12-03T10:00:00Z');
let t: TestContext;

beforeAll(async () => {
  t = await createTestApp({ clock });
}, 180_000);
afterAll(async () => {
  await t.close();
});

const HOWS = ['one after the other', 'at once'] as const;
let serial = 0;
const next = () => (serial += 1);

/** The `n`th Saturday from 2027 on: a day no other case uses. */
function saturday(n: number): string {
  return new Date(Date.UTC(2027, 0, 2 + 7 * n)).toISOString().slice(0, 10);
}

/** The `n` a counting query answers, as a number. */
async function counted(query: Promise<{ n: string | number | bigint }>): Promise<number> {
  return Number((await query).n);
}

const audited = (action: string) => () =>
  counted(
    t.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('action', '=', action)
      .executeTakeFirstOrThrow(),
  );

function mailCount(): Promise<number> {
  return counted(
    t.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('kind', '=', 'mail.send')
      .executeTakeFirstOrThrow(),
  );
}

/** One form as a case: where it is drawn, where it posts, what it sends, and its effect. */
interface StaffForm {
  page: string;
  action: string;
  fields: Record<string, string>;
  /** What one post adds one of: a row, or an audit record. */
  effect: () => Promise<number>;
}

type Officer = Awaited<ReturnType<typeof staffSession>>;

interface Case {
  name: string;
  role?: StaffRole;
  /** False where two sent at once cannot share one transaction (see the month's invoices). */
  atOnce?: boolean;
  /** The form as `officer` finds it: a view of person data is the officer's own. */
  form: (officer: Officer) => Promise<StaffForm>;
}

async function pendingConnection(organisationId: number) {
  const { clientId } = await activeConnection(t, clock, organisationId, 'test');
  return clientId;
}

async function connectionIn(status: 'pending' | 'active' | 'suspended') {
  const organisation = await makeOrganisation(t.db);
  await makeConcludedAgreement(t.db, organisation.id, { environments: ['test'] });
  const clientId = await pendingConnection(organisation.id);
  await t.db
    .updateTable('connections')
    .set({ status, ...(status === 'suspended' ? { suspension_reason: 'Pārbaude' } : {}) })
    .where('client_id', '=', clientId)
    .execute();
  return `/darbinieki/savienojumi/${clientId}`;
}

/** A person whose data an organisation received, and the officer's view of it. */
async function viewedRow(officer: Officer, held: boolean) {
  const person = await makePerson(t.db, { personalCode: nextPersonalCode('1975-11-16') });
  const organisation = await makeOrganisation(t.db);
  const eventId = await appendAudit(t.db, {
    actorType: 'system_client',
    actorId: 'client-1',
    organisationId: organisation.id,
    subjectPersonId: person.personId,
    action: 'person.read',
    scopes: ['identity'],
    purpose: 'Klientu identifikācija',
    legalBasis: 'identity: Kredītiestāžu likums, 41. pants',
    channel: 'api',
    environment: 'production',
    reason: 'Lieta 1',
    requestId: 'req-1',
    occurredAt: new Date('2026-11-02T10:00:00Z'),
  });
  const [opened] = await sendFormTwice(
    t.app,
    {
      page: '/darbinieki/datu-izmantosana',
      action: '/darbinieki/datu-izmantosana',
      cookie: officer.cookie,
      fields: { personalCode: person.personalCode, reason: 'Personas iesniegums Nr. 12' },
    },
    'one after the other',
  );
  const row = `${String(opened.headers.location)}/ieraksti/${String(eventId)}`;
  if (held) {
    const [set] = await sendFormTwice(
      t.app,
      {
        page: row,
        action: `${row}/slept`,
        cookie: officer.cookie,
        fields: { hiddenUntil: '2027-03-01', holdReason: 'Izmeklēšana' },
      },
      'one after the other',
    );
    expect(set.statusCode).toBe(303);
  }
  return row;
}

async function issuedInvoice() {
  const organisation = await billedOrganisation(t.db, {
    validFrom: '2026-11-01',
    validUntil: '2026-11-30',
  });
  const outcome = await inTransaction(t.db, (trx) =>
    issueMonthInvoice(trx, issueContext('2026-12-03'), organisation.id, '2026-11'),
  );
  if (!outcome.made) throw new Error('no invoice');
  const document = await invoiceDocument(t.db, outcome.invoiceId);
  const row = await t.db
    .selectFrom('invoices')
    .select('total_cents')
    .where('id', '=', outcome.invoiceId)
    .executeTakeFirstOrThrow();
  return { id: outcome.invoiceId, number: document.number, totalCents: row.total_cents };
}

/** An organisation user in the state a button acts on. */
async function orgUserIn(status: 'active' | 'locked') {
  const organisation = await makeOrganisation(t.db);
  const user = await orgUserSession(t.db, clock, { organisationId: organisation.id });
  if (status === 'locked') {
    await t.db
      .updateTable('org_users')
      .set({ status: 'locked', locked_at: new Date('2026-12-02T10:00:00Z'), failed_attempts: 5 })
      .where('id', '=', user.orgUserId)
      .execute();
  }
  const page = `/darbinieki/organizacijas/${String(organisation.id)}`;
  return { page, users: `${page}/lietotaji/${String(user.orgUserId)}` };
}

/** A pending request for a Person Data Browser user, within what the agreement allows. */
async function userRequest() {
  const organisation = await makeOrganisation(t.db);
  await makeConcludedAgreement(t.db, organisation.id, { pdpUsers: 4 });
  const manager = await orgUserSession(t.db, clock, {
    organisationId: organisation.id,
    responsible: true,
  });
  const n = next();
  const row = await t.db
    .insertInto('org_user_requests')
    .values({
      organisation_id: organisation.id,
      name: `Lietotājs ${String(n)}`,
      email: `lietotajs${String(n)}.${String(process.pid)}@example.lv`,
      requested_by: manager.orgUserId,
      status: 'pending',
      reason: null,
      decided_by: null,
      decided_at: null,
      org_user_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function residentReport() {
  const person = await makePerson(t.db, { personalCode: nextPersonalCode('1981-02-03') });
  const n = String(next()).padStart(4, '0');
  const reference = `KL-${n}-${String(process.pid % 10000).padStart(4, '0')}`;
  await t.db
    .insertInto('resident_reports')
    .values({
      reference,
      kind: 'error',
      person_id: person.personId,
      run_id: null,
      data_item: null,
      description: 'Lapa neielādējās līdz galam.',
      correct_value: null,
      contact_email: 'ilze@example.lv',
      contact_phone: null,
      attachment_name: null,
      attachment_type: null,
      attachment_size: null,
      attachment_key_id: null,
      attachment_wrapped_key: null,
      attachment_iv: null,
      attachment_auth_tag: null,
      attachment_ciphertext: null,
    })
    .execute();
  return `/darbinieki/zinojumi/${reference}`;
}

async function submittedRequest() {
  const organisation = await makeOrganisation(t.db);
  const request = await makeDecidedRequest(t.db, {
    organisationId: organisation.id,
    approved: ['identity'],
    refused: [],
    status: 'submitted',
  });
  return `/darbinieki/pieprasijumi/${request.reference}`;
}

const CASES: Case[] = [
  {
    name: 'a calendar exception',
    form: async () => {
      const day = saturday(next());
      return {
        page: '/darbinieki/kalendars',
        action: '/darbinieki/kalendars',
        fields: { day, kind: 'working_day', note: 'Pārcelta darba diena' },
        effect: () =>
          counted(
            t.db
              .selectFrom('calendar_exceptions')
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .where('day', '=', day)
              .executeTakeFirstOrThrow(),
          ),
      };
    },
  },
  ...(
    [
      ['pending', 'aktivizet', 'activated', {}],
      ['active', 'apturet', 'suspended', { reason: 'Aizdomas par noplūdi' }],
      ['suspended', 'atjaunot', 'restored', {}],
    ] as const
  ).map(([status, path, done, fields]): Case => ({
    name: `a connection ${done}`,
    form: async () => {
      const page = await connectionIn(status);
      return {
        page,
        action: `${page}/${path}`,
        fields,
        effect: audited(`connection.${done}`),
      };
    },
  })),
  {
    name: "a look at a person's data use",
    form: async () => {
      const person = await makePerson(t.db, { personalCode: nextPersonalCode('1970-01-01') });
      return {
        page: '/darbinieki/datu-izmantosana',
        action: '/darbinieki/datu-izmantosana',
        fields: { personalCode: person.personalCode, reason: 'Personas iesniegums Nr. 7' },
        effect: audited('data_use.viewed_by_staff'),
      };
    },
  },
  {
    name: 'a hold on a data use row',
    form: async (officer) => {
      const row = await viewedRow(officer, false);
      return {
        page: row,
        action: `${row}/slept`,
        fields: { hiddenUntil: '2027-03-01', holdReason: 'Izmeklēšana' },
        effect: audited('audit.hold_set'),
      };
    },
  },
  {
    name: 'lifting a hold',
    form: async (officer) => {
      const row = await viewedRow(officer, true);
      return {
        page: row,
        action: `${row}/atcelt`,
        fields: {},
        effect: audited('audit.hold_lifted'),
      };
    },
  },
  {
    name: 'an invoice paid from a statement line',
    form: async () => {
      const invoice = await issuedInvoice();
      return {
        page: '/darbinieki/rekini',
        action: '/darbinieki/rekini/apmaksa',
        fields: {
          datums: '2026-12-02',
          summa: (invoice.totalCents / 100).toFixed(2).replace('.', ','),
          atsauce: invoice.number,
        },
        effect: audited('invoice.paid'),
      };
    },
  },
  {
    name: 'a credit note',
    form: async () => {
      const invoice = await issuedInvoice();
      return {
        page: '/darbinieki/rekini',
        action: '/darbinieki/rekini/kreditrekins',
        fields: { rekins: invoice.number },
        effect: audited('invoice.credited'),
      };
    },
  },
  {
    name: "a month's invoices",
    atOnce: false,
    form: async () => {
      // Each case its own past month, and one organisation billed in it.
      const month = `2025-${String(next() % 12 || 12).padStart(2, '0')}`;
      const organisation = await billedOrganisation(t.db, {
        validFrom: `${month}-01`,
        validUntil: `${month}-28`,
      });
      return {
        page: '/darbinieki/rekini',
        action: '/darbinieki/rekini/sagatavot',
        fields: { sagatavot_menesi: month },
        effect: () =>
          counted(
            t.db
              .selectFrom('invoices')
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .where('organisation_id', '=', organisation.id)
              .where('month', '=', month)
              .executeTakeFirstOrThrow(),
          ),
      };
    },
  },
  {
    name: 'an organisation with its representative',
    form: async () => {
      const registrationNumber = nextRegistrationNumber('private');
      const n = String(next());
      return {
        page: '/darbinieki/organizacijas/jauna',
        action: '/darbinieki/organizacijas/jauna',
        fields: {
          registrationNumber,
          name: `SIA "Vienreiz ${n}"`,
          legalForm: 'private',
          address: 'Rīga',
          email: `birojs${n}@vienreiz.example.lv`,
          contactName: 'Kontakts',
          contactEmail: `kontakts${n}@vienreiz.example.lv`,
          contactPhone: '',
          representativeName: `Pārstāvis ${n}`,
          representativeEmail: `rep${n}.${String(process.pid)}@vienreiz.example.lv`,
        },
        effect: () =>
          counted(
            t.db
              .selectFrom('organisations')
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .where('registration_number', '=', registrationNumber)
              .executeTakeFirstOrThrow(),
          ),
      };
    },
  },
  {
    name: 'a fee exemption',
    form: async () => {
      const organisation = await makeOrganisation(t.db);
      const page = `/darbinieki/organizacijas/${String(organisation.id)}`;
      return {
        page,
        action: `${page}/atbrivojums`,
        fields: { feeExempt: 'yes', reason: 'Valsts pārvaldes iestāde' },
        effect: () =>
          counted(
            t.db
              .selectFrom('fee_exemption_changes')
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .where('organisation_id', '=', organisation.id)
              .executeTakeFirstOrThrow(),
          ),
      };
    },
  },
  ...(
    [
      ['locked', 'atbloket', 'org_user.unblocked'],
      ['active', 'atjaunot-piekluvi', 'org_user.access_reset'],
      ['active', 'atspejot', 'org_user.disabled'],
    ] as const
  ).map(([status, path, action]): Case => ({
    name: `a user's ${action}`,
    form: async () => {
      const { page, users } = await orgUserIn(status);
      return { page, action: `${users}/${path}`, fields: {}, effect: audited(action) };
    },
  })),
  {
    name: "an IC agent's answer to a report",
    role: 'ic_agent',
    form: async () => {
      const page = await residentReport();
      return {
        page,
        action: `${page}/statuss`,
        fields: { status: 'resolved', reply: 'Kļūda novērsta.' },
        effect: mailCount,
      };
    },
  },
  {
    name: "a request's clarification question",
    form: async () => {
      const page = await submittedRequest();
      return {
        page,
        action: `${page}/precizet`,
        fields: { question: 'Kāds ir mērķa juridiskais pamats?' },
        effect: audited('access_request.clarification_asked'),
      };
    },
  },
  {
    name: "a scope's decision",
    form: async () => {
      const page = await submittedRequest();
      return {
        page,
        action: `${page}/lemums`,
        fields: { scope: 'identity', decision_identity: 'approved', reason_identity: 'Pamatots' },
        effect: audited('access_request.scope_approved'),
      };
    },
  },
  {
    name: 'a tariff',
    form: async () => {
      const validFrom = saturday(100 + next());
      return {
        page: '/darbinieki/tarifi',
        action: '/darbinieki/tarifi',
        fields: {
          code: TARIFF_CODES[0] ?? '',
          amount: '12,34',
          validFrom,
          reason: 'Ministru kabineta noteikumi',
        },
        effect: audited('tariff.changed'),
      };
    },
  },
  ...(['apstiprinat', 'atteikt'] as const).map((path): Case => ({
    name: `a browser user's request: ${path}`,
    form: async () => {
      const id = await userRequest();
      return {
        page: '/darbinieki/lietotaju-pieprasijumi',
        action: `/darbinieki/lietotaju-pieprasijumi/${String(id)}/${path}`,
        fields: path === 'atteikt' ? { [`reason-${String(id)}`]: 'Nav pamatojuma' } : {},
        effect: async () =>
          await counted(
            t.db
              .selectFrom('org_user_requests')
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .where('id', '=', id)
              .where('status', '!=', 'pending')
              .executeTakeFirstOrThrow(),
          ),
      };
    },
  })),
  {
    name: 'an agreement drafted from a request',
    form: async () => {
      const organisation = await makeOrganisation(t.db);
      const request = await makeDecidedRequest(t.db, { organisationId: organisation.id });
      return {
        page: `/darbinieki/ligumi/jauns?pieprasijums=${request.reference}`,
        action: '/darbinieki/ligumi/jauns',
        fields: { pieprasijums: request.reference, validFrom: '2027-01-01', validUntil: '' },
        effect: () =>
          counted(
            t.db
              .selectFrom('agreements')
              .select((eb) => eb.fn.countAll<string>().as('n'))
              .where('request_id', '=', request.id)
              .executeTakeFirstOrThrow(),
          ),
      };
    },
  },
  {
    name: "an agreement's termination",
    form: async () => {
      const organisation = await makeOrganisation(t.db);
      const agreement = await makeConcludedAgreement(t.db, organisation.id);
      // The agreement page shows the text it was concluded with.
      await t.db
        .insertInto('agreement_versions')
        .values({
          agreement_id: agreement.id,
          number: 1,
          body: 'Līguma teksts.',
          side: 'pmlp',
          author_name: 'Darbinieks',
        })
        .execute();
      const page = `/darbinieki/ligumi/${agreement.reference}`;
      return {
        page,
        action: `${page}/izbeigt`,
        fields: { from: '2027-01-01', reason: 'Pušu vienošanās' },
        effect: audited('agreement.terminated'),
      };
    },
  },
];

describe('a staff form sent again acts once', () => {
  for (const c of CASES) {
    const hows = c.atOnce === false ? (['one after the other'] as const) : HOWS;
    for (const how of hows) {
      it(`${c.name}, ${how}: one effect, both shown where the first led`, async () => {
        const officer = await staffSession(t.db, clock, c.role ?? 'pmlp_officer');
        const form = await c.form(officer);
        const before = await form.effect();
        const [first, second] = await sendFormTwice(
          t.app,
          { ...form, cookie: officer.cookie },
          how,
        );
        expect(first.statusCode, first.body.slice(0, 400)).toBe(303);
        expect(second.statusCode, second.body.slice(0, 400)).toBe(303);
        expect(second.headers.location).toBe(first.headers.location);
        expect(await form.effect()).toBe(before + 1);
        const shown = await followRedirect(t.app, second, officer.cookie);
        expect(shown.statusCode).toBe(200);
      });
    }

    it(`${c.name} without its token, or with an expired one, is refused and changes nothing`, async () => {
      const officer = await staffSession(t.db, clock, c.role ?? 'pmlp_officer');
      const form = await c.form(officer);
      const before = { effect: await form.effect(), mails: await mailCount() };
      const drawn = await formTokensOf(t.app, form.page, form.action, officer.cookie);
      expect(drawn._form).toBeDefined();
      const tokens: Record<string, string>[] = [{}, { _form: expiredFormToken(officer.csrf) }];
      for (const token of tokens) {
        const res = await formPost(t.app, form.action, officer.cookie, {
          _csrf: officer.csrf,
          ...form.fields,
          ...token,
        });
        expect(res.statusCode, res.body.slice(0, 400)).toBe(409);
        expect(res.body).toContain('form_token_invalid');
      }
      expect(await form.effect()).toBe(before.effect);
      expect(await mailCount()).toBe(before.mails);
    });
  }
});
