import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  balanceOf,
  invoiceDocument,
  issueMonthInvoice,
  recordDeposit,
} from '../src/billing/service.ts';
import { signAccessToken } from '../src/identity/access-tokens.ts';
import { changeConnectionStatus, forgetConnection } from '../src/identity/service.ts';
import { formatEuro } from '../src/agreements/service.ts';
import { inTransaction } from '../src/platform/db/transaction.ts';
import { createTestApp, fixedClock, type TestContext } from './support/app.ts';
import { makePerson } from './support/factories.ts';
import { terminateAgreement } from './support/agreements.ts';
import { orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';
import { activeConnection, connectedSystem, TEST_PURPOSE } from './support/system-client.ts';
import { residentSession } from './support/resident.ts';
import { formTokensOf, freshFormFields, hiddenFieldsOf } from './support/forms.ts';
import { formPost } from './support/org-accounts.ts';
import { issueContext } from './support/invoices.ts';
import { makeMonitoringEvents } from './support/monitoring-events.ts';

/**
 * Who may not use the data-access routes, route by route, after OpenCRVS's scope tests: every
 * caller who must not get in is refused with its status and stable code, and nothing changes —
 * no audit row, no ledger movement, no hold, no threshold, no balance. Callers of another
 * organisation get answers about their own organisation only. Each route is also called once by
 * whom it is for, so a route that refused everyone would fail here too.
 */

const clock = fixedClock('2026-11-24T10:00:00Z');
let t: TestContext;

type Caller =
  | 'anonymous'
  | 'resident'
  | 'otherResident'
  | 'officer'
  | 'otherOfficer'
  | 'icAgent'
  | 'representative'
  | 'pdpUser'
  | 'otherRepresentative'
  | 'otherPdpUser'
  | 'system'
  | 'otherSystem'
  | 'testSystem'
  | 'suspendedSystem'
  | 'terminatedSystem'
  | 'noEnvironmentSystem'
  | 'expiredToken'
  | 'garbledToken'
  | 'foreignAudienceToken'
  | 'foreignKeyToken';

interface Credentials {
  cookie?: string;
  csrf?: string;
  bearer?: string;
}

/** The answer a caller gets: its status, and its stable code or what the page must (not) show. */
interface Outcome {
  status: number;
  code?: string;
  shows?: () => string[];
  hides?: () => string[];
  location?: RegExp;
  /** The answer's media type, for files. */
  type?: string;
  /** Answers about the caller's own organisation may change that one, never the other. */
  ownOrganisation?: boolean;
}

interface Route {
  method: 'GET' | 'POST' | 'PUT';
  url: () => string;
  body?: () => Record<string, unknown>;
  api?: boolean;
  /** Where a browser gets the form's one-time token for this caller (a page of the caller's). */
  formTokens?: (caller: Credentials) => Promise<Record<string, string>>;
  allowed: [Caller, Outcome];
  refused: Partial<Record<Caller, Outcome>>;
  /** What the allowed call needs first, e.g. a disabled webhook to switch on again. */
  prepare?: () => Promise<void>;
}

const who = {} as Record<Caller, Credentials>;
const world = {
  personalCode: '',
  orgA: { id: 0, name: '', agreement: '' },
  orgB: { id: 0, name: '', agreement: '' },
  registrationNumber: '',
  depositId: 0,
  viewId: 0,
  eventId: 0,
  clientId: '',
  /** October's invoices: this organisation's (marked paid) and the other's (credited). */
  invoice: { number: '', amount: '' },
  otherInvoice: '',
};
const SURNAME = 'Atteikuma';
const GIVEN_NAMES = 'Neizsniegtā';
const BIRTH_DATE = '1971-02-03';

async function count(
  table: 'audit_events' | 'ledger_movements' | 'audit_holds' | 'idempotent_answers' | 'invoices',
  organisationId?: number,
): Promise<number> {
  let query = t.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n'));
  // Holds belong to a person's rows, not to an organisation: always counted whole.
  if (organisationId !== undefined && table !== 'audit_holds') {
    query = query.where('organisation_id', '=', organisationId);
  }
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** What a refusal must leave as it was: everything, or all of this organisation's. */
async function snapshot(organisationId?: number) {
  const organisation = await t.db
    .selectFrom('organisations')
    .select('low_balance_threshold_cents')
    .where('id', '=', world.orgA.id)
    .executeTakeFirstOrThrow();
  return {
    audit: await count('audit_events', organisationId),
    ledger: await count('ledger_movements', organisationId),
    holds: await count('audit_holds', organisationId),
    answers: await count('idempotent_answers', organisationId),
    invoices: await count('invoices', organisationId),
    paid: await t.db
      .selectFrom('invoices')
      .select('number')
      .where('status', '=', 'paid')
      .orderBy('number')
      .execute(),
    threshold: organisation.low_balance_threshold_cents,
    balanceA: await balanceOf(t.db, world.orgA.id),
  };
}

async function call(route: Route, caller: Credentials, accept: string) {
  const body = route.body?.();
  const tokens =
    route.formTokens === undefined || caller.cookie === undefined
      ? {}
      : await route.formTokens(caller);
  const form = !route.api && body !== undefined;
  const payload =
    body === undefined
      ? undefined
      : form
        ? new URLSearchParams({
            ...(caller.csrf === undefined ? {} : { ...freshFormFields(caller.csrf) }),
            // Page routes' bodies are form fields: strings only.
            ...(body as Record<string, string>),
            ...tokens,
          }).toString()
        : JSON.stringify(body);
  return t.app.inject({
    method: route.method,
    url: route.url(),
    headers: {
      accept,
      ...(caller.cookie === undefined ? {} : { cookie: caller.cookie }),
      ...(caller.bearer === undefined ? {} : { authorization: `Bearer ${caller.bearer}` }),
      ...(payload === undefined
        ? {}
        : {
            'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json',
          }),
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

async function expectOutcome(route: Route, caller: Caller, outcome: Outcome) {
  const res = await call(
    route,
    who[caller],
    outcome.code === undefined ? 'text/html' : 'application/json',
  );
  expect(res.statusCode, res.body.slice(0, 300)).toBe(outcome.status);
  if (outcome.code !== undefined) expect(res.json()).toMatchObject({ code: outcome.code });
  if (outcome.location !== undefined) expect(res.headers.location).toMatch(outcome.location);
  if (outcome.type !== undefined)
    expect(String(res.headers['content-type'])).toContain(outcome.type);
  for (const text of outcome.shows?.() ?? []) expect(res.body).toContain(text);
  for (const text of outcome.hides?.() ?? []) expect(res.body).not.toContain(text);
}

// Refusals shared by many routes.
const NOT_SIGNED_IN: Outcome = { status: 401, code: 'unauthenticated' };
const FORBIDDEN: Outcome = { status: 403, code: 'forbidden' };
const TOKEN_INVALID: Outcome = { status: 401, code: 'access_token_invalid' };
const NOT_PROVIDED: Outcome = { status: 404, code: 'persons_not_found' };
const ROLE_REQUIRED: Outcome = { status: 403, code: 'role_required' };
const VIEW_NOT_FOUND: Outcome = { status: 404, code: 'staff_view_not_found' };
const INVOICE_NOT_FOUND: Outcome = { status: 404, code: 'invoice_not_found' };
const INVOICE_REPRESENTATIVE: Outcome = { status: 403, code: 'invoice_representative_required' };
const CONNECTION_REPRESENTATIVE: Outcome = {
  status: 403,
  code: 'connection_representative_required',
};

/** The data API is for system clients with a live token of a usable connection. */
const API_REFUSALS: Route['refused'] = {
  anonymous: NOT_SIGNED_IN,
  resident: FORBIDDEN,
  officer: FORBIDDEN,
  representative: FORBIDDEN,
  pdpUser: FORBIDDEN,
  suspendedSystem: TOKEN_INVALID,
  terminatedSystem: TOKEN_INVALID,
  noEnvironmentSystem: TOKEN_INVALID,
  expiredToken: TOKEN_INVALID,
  garbledToken: TOKEN_INVALID,
  foreignAudienceToken: TOKEN_INVALID,
  foreignKeyToken: TOKEN_INVALID,
};

/** The organisations' pages are for their signed-in users, never residents, staff or systems. */
const ORG_PAGE_REFUSALS: Route['refused'] = {
  anonymous: NOT_SIGNED_IN,
  resident: FORBIDDEN,
  officer: FORBIDDEN,
  system: FORBIDDEN,
};

/** The back office's pages are for staff; these ones for register officers only. */
const OFFICER_PAGE_REFUSALS: Route['refused'] = {
  anonymous: NOT_SIGNED_IN,
  resident: FORBIDDEN,
  representative: FORBIDDEN,
  pdpUser: FORBIDDEN,
  system: FORBIDDEN,
  icAgent: ROLE_REQUIRED,
};

/** A connection's webhook is its organisation's representatives' to manage. */
const WEBHOOK_REFUSALS: Route['refused'] = {
  ...ORG_PAGE_REFUSALS,
  pdpUser: CONNECTION_REPRESENTATIVE,
  otherRepresentative: { status: 404, code: 'connection_not_found' },
};

/** Names as the pages print them: quotes escaped. */
const asOnPage = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const apiAsk = () => ({ purpose: TEST_PURPOSE, endUser: 'Lieta 2026/9' });
const balanceText = (cents: number) => `EUR ${(cents / 100).toFixed(2).replace('.', ',')}`;

const ROUTES: Record<string, Route> = {
  'GET /api/v1/agreement': {
    method: 'GET',
    url: () => '/api/v1/agreement',
    api: true,
    allowed: ['system', { status: 200, shows: () => [world.orgA.agreement] }],
    refused: {
      ...API_REFUSALS,
      // Their own agreement and balance, nothing of this organisation's.
      otherSystem: {
        status: 200,
        shows: () => [world.orgB.agreement, '"balanceCents":0'],
        hides: () => [world.orgA.agreement],
        ownOrganisation: true,
      },
      testSystem: {
        status: 200,
        shows: () => ['"environment":"test"', '"perPersonCents":0'],
        ownOrganisation: true,
      },
    },
  },
  'POST /api/v1/persons/by-code': {
    method: 'POST',
    url: () => '/api/v1/persons/by-code',
    api: true,
    body: () => ({ personalCode: world.personalCode, ...apiAsk() }),
    allowed: ['system', { status: 200, shows: () => [world.personalCode, '"totalCents":200'] }],
    refused: {
      ...API_REFUSALS,
      // Charged to their own empty balance, never to this organisation's.
      otherSystem: { status: 402, code: 'insufficient_balance' },
      testSystem: NOT_PROVIDED,
    },
  },
  'POST /api/v1/persons/batch': {
    method: 'POST',
    url: () => '/api/v1/persons/batch',
    api: true,
    body: () => ({ personalCodes: [world.personalCode], ...apiAsk() }),
    allowed: ['system', { status: 200, shows: () => [world.personalCode] }],
    refused: {
      ...API_REFUSALS,
      otherSystem: { status: 402, code: 'insufficient_balance' },
      testSystem: NOT_PROVIDED,
    },
  },
  'POST /api/v1/persons/search': {
    method: 'POST',
    url: () => '/api/v1/persons/search',
    api: true,
    body: () => ({ surname: SURNAME, birthDate: BIRTH_DATE, ...apiAsk() }),
    allowed: ['system', { status: 200, shows: () => [world.personalCode] }],
    refused: {
      ...API_REFUSALS,
      // This organisation's agreement allows the search; theirs does not.
      otherSystem: { status: 403, code: 'criteria_search_not_allowed' },
      testSystem: NOT_PROVIDED,
    },
  },
  'GET /api/v1/monitoring/persons': {
    method: 'GET',
    url: () => '/api/v1/monitoring/persons',
    api: true,
    allowed: ['system', { status: 200, shows: () => ['"limit":5'] }],
    refused: {
      ...API_REFUSALS,
      // Their own list: no monitoring agreed, nothing of this organisation's.
      otherSystem: { status: 200, shows: () => ['"limit":null'], ownOrganisation: true },
      testSystem: { status: 200, shows: () => ['"monitored":0'], ownOrganisation: true },
    },
  },
  'PUT /api/v1/monitoring/persons/{personalCode}': {
    method: 'PUT',
    url: () => `/api/v1/monitoring/persons/${world.personalCode}`,
    api: true,
    body: () => ({ reference: 'Atteikumi' }),
    allowed: ['system', { status: 200, shows: () => [world.personalCode, '"limit":5'] }],
    refused: {
      ...API_REFUSALS,
      otherSystem: { status: 403, code: 'monitoring_not_agreed' },
      // A production person is not in the test data set.
      testSystem: { status: 404, code: 'person_not_found' },
    },
  },
  'POST /api/v1/monitoring/persons/batch': {
    method: 'POST',
    url: () => '/api/v1/monitoring/persons/batch',
    api: true,
    body: () => ({ persons: [{ personalCode: world.personalCode }] }),
    allowed: ['system', { status: 200, shows: () => ['"limit":5'] }],
    refused: {
      ...API_REFUSALS,
      otherSystem: { status: 403, code: 'monitoring_not_agreed' },
      testSystem: { status: 422, code: 'monitoring_batch_refused' },
    },
  },
  'GET /organizacijas/monitorings/produkcija': {
    method: 'GET',
    url: () => '/organizacijas/monitorings/produkcija',
    allowed: ['representative', { status: 200, shows: () => ['līgumā atļautajām personām'] }],
    refused: {
      ...ORG_PAGE_REFUSALS,
      pdpUser: { status: 403, code: 'monitoring_representative_required' },
      otherRepresentative: {
        status: 200,
        shows: () => ['neietver monitoringu'],
        hides: () => [world.personalCode],
        ownOrganisation: true,
      },
    },
  },
  'GET /darbinieki/organizacijas/{id}/monitorings': {
    method: 'GET',
    url: () => `/darbinieki/organizacijas/${world.orgA.id}/monitorings`,
    allowed: ['officer', { status: 200, shows: () => [world.orgA.name] }],
    refused: OFFICER_PAGE_REFUSALS,
  },
  'GET /personu-datu-parluks': {
    method: 'GET',
    url: () => '/personu-datu-parluks',
    allowed: ['pdpUser', { status: 200, shows: () => [TEST_PURPOSE] }],
    refused: {
      ...ORG_PAGE_REFUSALS,
      // A browser is sent to the organisations' sign-in and back.
      anonymous: { status: 303, location: /^\/organizacijas\/pieteikties\?atpakal=/ },
      representative: { status: 403, code: 'pdp_user_required' },
      otherPdpUser: {
        status: 200,
        shows: () => [balanceText(0)],
        hides: () => [world.orgA.agreement],
        ownOrganisation: true,
      },
    },
  },
  'POST /personu-datu-parluks/meklet': {
    method: 'POST',
    url: () => '/personu-datu-parluks/meklet',
    formTokens: (caller) =>
      formTokensOf(
        t.app,
        '/personu-datu-parluks',
        '/personu-datu-parluks/meklet',
        caller.cookie ?? '',
      ),
    body: () => ({
      merkis: TEST_PURPOSE,
      lieta: 'Lieta 2026/9',
      personas_kods: world.personalCode,
      joma_identity: 'on',
    }),
    allowed: ['pdpUser', { status: 303, location: /^\/personu-datu-parluks\/rezultats\// }],
    refused: {
      ...ORG_PAGE_REFUSALS,
      representative: { status: 403, code: 'pdp_user_required' },
      // Their own empty balance: the form comes back, nothing provided.
      otherPdpUser: { status: 402, hides: () => [GIVEN_NAMES] },
    },
  },
  'GET /organizacijas/atlikums': {
    method: 'GET',
    url: () => '/organizacijas/atlikums',
    allowed: ['representative', { status: 200, shows: () => [world.orgA.name] }],
    refused: {
      ...ORG_PAGE_REFUSALS,
      pdpUser: { status: 403, code: 'balance_representative_required' },
      otherRepresentative: {
        status: 200,
        shows: () => [world.orgB.name],
        hides: () => [world.orgA.name],
        ownOrganisation: true,
      },
    },
  },
  'POST /organizacijas/atlikums/slieksnis': {
    method: 'POST',
    url: () => '/organizacijas/atlikums/slieksnis',
    body: () => ({ slieksnis: '5,00' }),
    allowed: ['representative', { status: 303, location: /saglabats=slieksnis/ }],
    refused: {
      ...ORG_PAGE_REFUSALS,
      pdpUser: { status: 403, code: 'balance_representative_required' },
      otherRepresentative: { status: 303, ownOrganisation: true },
    },
  },
  'GET /darbinieki/iemaksas': {
    method: 'GET',
    url: () => '/darbinieki/iemaksas',
    allowed: ['officer', { status: 200 }],
    refused: OFFICER_PAGE_REFUSALS,
  },
  'GET /darbinieki/ienemumi': {
    method: 'GET',
    url: () => '/darbinieki/ienemumi',
    allowed: ['officer', { status: 200, shows: () => ['Ieņēmumi pa mēnešiem'] }],
    refused: OFFICER_PAGE_REFUSALS,
  },
  'POST /darbinieki/iemaksas': {
    method: 'POST',
    url: () => '/darbinieki/iemaksas',
    body: () => depositForm('RF-ATTEIKUMI-1'),
    allowed: ['officer', { status: 200, shows: () => [world.orgA.name] }],
    refused: OFFICER_PAGE_REFUSALS,
  },
  'POST /darbinieki/iemaksas/registret': {
    method: 'POST',
    url: () => '/darbinieki/iemaksas/registret',
    body: () => depositForm('RF-ATTEIKUMI-2'),
    // From the check page the officer's form posts to.
    formTokens: async (caller) => {
      const check = await formPost(t.app, '/darbinieki/iemaksas', caller.cookie ?? '', {
        ...(caller.csrf === undefined ? {} : { ...freshFormFields(caller.csrf) }),
        ...depositForm('RF-ATTEIKUMI-2'),
      });
      return hiddenFieldsOf(check.body, '/darbinieki/iemaksas/registret');
    },
    allowed: ['officer', { status: 303, location: /^\/darbinieki\/iemaksas\/\d+$/ }],
    refused: OFFICER_PAGE_REFUSALS,
  },
  'GET /darbinieki/iemaksas/:id': {
    method: 'GET',
    url: () => `/darbinieki/iemaksas/${world.depositId}`,
    allowed: ['officer', { status: 200, shows: () => [world.orgA.name] }],
    refused: OFFICER_PAGE_REFUSALS,
  },
  'GET /kas-izmantoja-manus-datus': {
    method: 'GET',
    url: () => '/kas-izmantoja-manus-datus',
    allowed: ['resident', { status: 200, shows: () => [world.orgA.name] }],
    refused: {
      anonymous: NOT_SIGNED_IN,
      officer: FORBIDDEN,
      representative: FORBIDDEN,
      pdpUser: FORBIDDEN,
      system: FORBIDDEN,
      // Another person sees their own uses only (viewing is audited, as all their viewing).
      otherResident: { status: 200, hides: () => [world.orgA.name], ownOrganisation: true },
    },
  },
  'GET /darbinieki/datu-izmantosana': {
    method: 'GET',
    url: () => '/darbinieki/datu-izmantosana',
    allowed: ['officer', { status: 200 }],
    refused: OFFICER_PAGE_REFUSALS,
  },
  'POST /darbinieki/datu-izmantosana': {
    method: 'POST',
    url: () => '/darbinieki/datu-izmantosana',
    body: () => ({ personalCode: world.personalCode, reason: 'Personas sūdzība' }),
    allowed: ['officer', { status: 303, location: /skatijums\/\d+$/ }],
    refused: OFFICER_PAGE_REFUSALS,
  },
  'GET /darbinieki/datu-izmantosana/skatijums/:viewId': {
    method: 'GET',
    url: () => `/darbinieki/datu-izmantosana/skatijums/${world.viewId}`,
    allowed: ['officer', { status: 200, shows: () => [world.orgA.name] }],
    refused: { ...OFFICER_PAGE_REFUSALS, otherOfficer: VIEW_NOT_FOUND },
  },
  'GET /darbinieki/datu-izmantosana/skatijums/:viewId/ieraksti/:eventId': {
    method: 'GET',
    url: () => `/darbinieki/datu-izmantosana/skatijums/${world.viewId}/ieraksti/${world.eventId}`,
    allowed: ['officer', { status: 200, shows: () => [world.orgA.name] }],
    refused: { ...OFFICER_PAGE_REFUSALS, otherOfficer: VIEW_NOT_FOUND },
  },
  'POST /darbinieki/datu-izmantosana/skatijums/:viewId/ieraksti/:eventId/slept': {
    method: 'POST',
    url: () =>
      `/darbinieki/datu-izmantosana/skatijums/${world.viewId}/ieraksti/${world.eventId}/slept`,
    body: () => ({ hiddenUntil: '2026-12-31', holdReason: 'Izmeklēšana' }),
    allowed: ['officer', { status: 303, location: /ok=hold_set$/ }],
    refused: { ...OFFICER_PAGE_REFUSALS, otherOfficer: VIEW_NOT_FOUND },
  },
  'POST /darbinieki/datu-izmantosana/skatijums/:viewId/ieraksti/:eventId/atcelt': {
    method: 'POST',
    url: () =>
      `/darbinieki/datu-izmantosana/skatijums/${world.viewId}/ieraksti/${world.eventId}/atcelt`,
    // No fields of its own: the form sends only its CSRF and one-time tokens.
    body: () => ({}),
    allowed: ['officer', { status: 303, location: /ok=hold_lifted$/ }],
    refused: { ...OFFICER_PAGE_REFUSALS, otherOfficer: VIEW_NOT_FOUND },
  },
  'GET /organizacijas/rekini': {
    method: 'GET',
    url: () => '/organizacijas/rekini',
    allowed: ['representative', { status: 200, shows: () => [world.invoice.number] }],
    refused: {
      ...ORG_PAGE_REFUSALS,
      pdpUser: INVOICE_REPRESENTATIVE,
      otherRepresentative: {
        status: 200,
        shows: () => [world.otherInvoice],
        hides: () => [world.invoice.number],
        ownOrganisation: true,
      },
    },
  },
  ...invoiceFileRoutes('/organizacijas/rekini', 'representative', {
    ...ORG_PAGE_REFUSALS,
    pdpUser: INVOICE_REPRESENTATIVE,
    // Another organisation's invoice is not there for them.
    otherRepresentative: INVOICE_NOT_FOUND,
  }),
  'GET /darbinieki/rekini': {
    method: 'GET',
    url: () => '/darbinieki/rekini',
    allowed: ['officer', { status: 200, shows: () => [world.invoice.number, world.otherInvoice] }],
    refused: OFFICER_PAGE_REFUSALS,
  },
  ...invoiceFileRoutes('/darbinieki/rekini', 'officer', OFFICER_PAGE_REFUSALS),
  'POST /darbinieki/rekini/apmaksa': {
    method: 'POST',
    url: () => '/darbinieki/rekini/apmaksa',
    body: () => ({
      datums: '2026-11-20',
      summa: world.invoice.amount,
      atsauce: `Rēķins ${world.invoice.number}`,
    }),
    allowed: ['officer', { status: 303, location: /izdarits=apmaksa/ }],
    refused: OFFICER_PAGE_REFUSALS,
  },
  'POST /darbinieki/rekini/kreditrekins': {
    method: 'POST',
    url: () => '/darbinieki/rekini/kreditrekins',
    body: () => ({ rekins: world.otherInvoice }),
    allowed: ['officer', { status: 303, location: /izdarits=kreditrekins/ }],
    refused: OFFICER_PAGE_REFUSALS,
  },
  'POST /darbinieki/rekini/sagatavot': {
    method: 'POST',
    url: () => '/darbinieki/rekini/sagatavot',
    // October's invoices are there already: running it again makes none.
    body: () => ({ sagatavot_menesi: '2026-10' }),
    allowed: ['officer', { status: 303, location: /izdarits=sagatavoti&skaits=\d+/ }],
    refused: OFFICER_PAGE_REFUSALS,
  },
  'GET /api/v1/monitoring/events': {
    method: 'GET',
    url: () => '/api/v1/monitoring/events',
    api: true,
    allowed: ['system', { status: 200, shows: () => ['"upToDate":true'] }],
    refused: {
      ...API_REFUSALS,
      otherSystem: { status: 403, code: 'monitoring_not_agreed' },
    },
  },
  'GET /organizacijas/savienojumi/:clientId/webhook': {
    method: 'GET',
    url: () => `/organizacijas/savienojumi/${world.clientId}/webhook`,
    allowed: ['representative', { status: 200, shows: () => [world.clientId] }],
    refused: WEBHOOK_REFUSALS,
  },
  ...webhookForm('', { url: 'https://hooks.example.lv/rg' }, /izdarits=saved/),
  ...webhookForm('/noslepums', {}, /izdarits=rotated/),
  ...webhookForm('/atkartot-kops', { since: '2026-11-01 00:00' }, /izdarits=nothing/),
  ...webhookForm('/atkartot', { seq: '1' }, /izdarits=resent/, async () => {
    await makeMonitoringEvents(
      t.db,
      { organisationId: world.orgA.id, environment: 'production' },
      1,
    );
  }),
  ...webhookForm('/ieslegt', {}, /izdarits=reenabled/, async () => {
    await t.db
      .updateTable('monitoring_webhook_endpoints')
      .set({ status: 'disabled', disabled_reason: 'failing', disabled_at: clock.now() })
      .where('organisation_id', '=', world.orgA.id)
      .execute();
  }),
};

/** An issued invoice's PDF and CSV at `base`, for whom they are and refused to the rest. */
function invoiceFileRoutes(
  base: string,
  allowed: Caller,
  refused: Route['refused'],
): Record<string, Route> {
  const routes: Record<string, Route> = {};
  for (const [ext, type] of [
    ['pdf', 'application/pdf'],
    ['csv', 'text/csv'],
  ] as const) {
    routes[`GET ${base}/:number.${ext}`] = {
      method: 'GET',
      url: () => `${base}/${world.invoice.number}.${ext}`,
      allowed: [allowed, { status: 200, type }],
      refused,
    };
  }
  return routes;
}

/** A form of the connection's webhook page, for the organisation's representative only. */
function webhookForm(
  path: string,
  body: Record<string, string>,
  done: RegExp,
  prepare?: () => Promise<void>,
): Record<string, Route> {
  return {
    [`POST /organizacijas/savienojumi/:clientId/webhook${path}`]: {
      method: 'POST',
      url: () => `/organizacijas/savienojumi/${world.clientId}/webhook${path}`,
      body: () => body,
      allowed: ['representative', { status: 303, location: done }],
      refused: WEBHOOK_REFUSALS,
      ...(prepare === undefined ? {} : { prepare }),
    },
  };
}

function depositForm(reference: string): Record<string, string> {
  return { registracijas_nr: world.registrationNumber, summa: '10,00', atsauce: reference };
}

const residentOf = (person: { personId: number; personalCode: string }) =>
  residentSession(t.db, clock, person);

/** A connection made unusable after its token was issued, as happens to a live system. */
async function tokenThenBreak(
  breakIt: (system: Awaited<ReturnType<typeof connectedSystem>>) => Promise<void>,
): Promise<string> {
  const system = await connectedSystem(t, clock);
  await deposit(system.organisation.id, 1000);
  const token = await system.token();
  await breakIt(system);
  forgetConnection(system.clientId);
  return token;
}

async function deposit(organisationId: number, cents: number): Promise<number> {
  const { movementId } = await inTransaction(t.db, (trx) =>
    recordDeposit(trx, {
      organisationId,
      amountCents: cents,
      bankReference: `RF-${organisationId}-${cents}`,
      staffId: null,
    }),
  );
  return movementId;
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  const person = await makePerson(t.db, {
    givenNames: GIVEN_NAMES,
    surname: SURNAME,
    birthDate: BIRTH_DATE,
  });
  world.personalCode = person.personalCode;

  // This organisation: search by criteria allowed, a prepaid balance, a test connection too.
  const a = await connectedSystem(t, clock);
  await t.db
    .updateTable('agreements')
    .set({ criteria_search: true, monitoring: true, monitoring_persons: 5 })
    .where('id', '=', a.agreement.id)
    .execute();
  world.orgA = {
    id: a.organisation.id,
    name: asOnPage(a.organisation.name),
    agreement: a.agreement.reference,
  };
  world.registrationNumber = a.organisation.registrationNumber;
  world.depositId = await deposit(a.organisation.id, 1000);
  const testConnection = await activeConnection(t, clock, a.organisation.id, 'test');
  // Another organisation: its own agreement, no criteria search, nothing prepaid.
  const b = await connectedSystem(t, clock);
  world.orgB = {
    id: b.organisation.id,
    name: asOnPage(b.organisation.name),
    agreement: b.agreement.reference,
  };

  world.clientId = a.clientId;
  // October's invoices of both organisations, their agreements in force from its first day.
  await t.db
    .updateTable('agreements')
    .set({ valid_from: '2026-10-01' })
    .where('id', 'in', [a.agreement.id, b.agreement.id])
    .execute();
  const october = async (organisationId: number) => {
    const outcome = await inTransaction(t.db, (trx) =>
      issueMonthInvoice(trx, issueContext('2026-11-02'), organisationId, '2026-10'),
    );
    if (!outcome.made) throw new Error('no invoice for October');
    return invoiceDocument(t.db, outcome.invoiceId);
  };
  const invoiceA = await october(a.organisation.id);
  world.otherInvoice = (await october(b.organisation.id)).number;
  const totalA = await t.db
    .selectFrom('invoices')
    .select('total_cents')
    .where('number', '=', invoiceA.number)
    .executeTakeFirstOrThrow();
  world.invoice = { number: invoiceA.number, amount: formatEuro(totalA.total_cents, 'lv') };

  const systemToken = await a.token();
  const claims = await t.db
    .selectFrom('connections')
    .select(['id', 'agreement_id', 'environment'])
    .where('client_id', '=', a.clientId)
    .executeTakeFirstOrThrow();
  const signed = (config: Parameters<typeof signAccessToken>[0], at: Date) =>
    signAccessToken(config, at, {
      clientId: a.clientId,
      connectionId: claims.id,
      organisationId: a.organisation.id,
      environment: claims.environment,
      agreementId: claims.agreement_id,
    });
  const officer = await staffSession(t.db, clock, 'pmlp_officer');
  Object.assign(who, {
    anonymous: {},
    resident: await residentOf(person),
    otherResident: await residentOf(await makePerson(t.db, { surname: 'Citāda' })),
    officer,
    otherOfficer: await staffSession(t.db, clock, 'pmlp_officer'),
    icAgent: await staffSession(t.db, clock, 'ic_agent'),
    representative: await orgUserSession(t.db, clock, { organisationId: a.organisation.id }),
    pdpUser: await orgUserSession(t.db, clock, {
      organisationId: a.organisation.id,
      role: 'pdp_user',
    }),
    otherRepresentative: await orgUserSession(t.db, clock, { organisationId: b.organisation.id }),
    otherPdpUser: await orgUserSession(t.db, clock, {
      organisationId: b.organisation.id,
      role: 'pdp_user',
    }),
    system: { bearer: systemToken },
    otherSystem: { bearer: await b.token() },
    testSystem: { bearer: await testConnection.token() },
    suspendedSystem: {
      bearer: await tokenThenBreak((s) =>
        inTransaction(t.db, async (trx) => {
          await changeConnectionStatus(
            trx,
            { clock, publicUrl: t.config.publicUrl },
            { staffId: officer.staffId, requestId: 'test' },
            s.clientId,
            { action: 'suspend', reason: 'Drošības incidents' },
          );
        }),
      ),
    },
    terminatedSystem: {
      bearer: await tokenThenBreak((s) => terminateAgreement(t.db, s.agreement.id, '2026-11-24')),
    },
    noEnvironmentSystem: {
      bearer: await tokenThenBreak(async (s) => {
        // Amended to the test environment only: the production connection has no ground.
        await t.db
          .updateTable('agreements')
          .set({ environments: ['test'] })
          .where('id', '=', s.agreement.id)
          .execute();
      }),
    },
    expiredToken: { bearer: await signed(t.config, new Date('2026-11-24T09:00:00Z')) },
    garbledToken: { bearer: `${systemToken.slice(0, -6)}AAAAAA` },
    foreignAudienceToken: {
      bearer: await signed({ ...t.config, publicUrl: 'https://cits.example.lv' }, clock.now()),
    },
    foreignKeyToken: {
      bearer: await signed(
        { ...t.config, secrets: { ...t.config.secrets, signingKey: randomBytes(32) } },
        clock.now(),
      ),
    },
  } satisfies Record<Caller, Credentials>);

  // One provision to look at: the resident's page and the officer's view show it.
  const provided = await call(
    ROUTES['POST /api/v1/persons/by-code'] as Route,
    who.system,
    'application/json',
  );
  expect(provided.statusCode).toBe(200);
  const event = await t.db
    .selectFrom('audit_events')
    .select('id')
    .where('action', '=', 'person.read')
    .where('organisation_id', '=', a.organisation.id)
    .executeTakeFirstOrThrow();
  world.eventId = event.id;
  const opened = await call(
    ROUTES['POST /darbinieki/datu-izmantosana'] as Route,
    officer,
    'text/html',
  );
  expect(opened.statusCode).toBe(303);
  world.viewId = Number(/skatijums\/(\d+)$/.exec(String(opened.headers.location))?.[1]);
});
afterAll(async () => t.close());

describe.each(Object.entries(ROUTES))('%s', (_name, route) => {
  const [allowedCaller, allowed] = route.allowed;
  it(`lets ${allowedCaller} in`, async () => {
    await route.prepare?.();
    await expectOutcome(route, allowedCaller, allowed);
  });

  it.each(Object.entries(route.refused) as [Caller, Outcome][])(
    'refuses %s, or answers it about its own organisation only; nothing else changes',
    async (caller, outcome) => {
      const before = await snapshot(outcome.ownOrganisation === true ? world.orgA.id : undefined);
      await expectOutcome(route, caller, outcome);
      expect(await snapshot(outcome.ownOrganisation === true ? world.orgA.id : undefined)).toEqual(
        before,
      );
    },
  );
});
