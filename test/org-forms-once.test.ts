import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FORM_TOKEN_LIFETIME_MS } from '../src/platform/http/form-tokens.ts';
import { startRun } from '../src/residents/service.ts';
import { draftFromRequest } from './support/agreement-forms.ts';
import { makeConcludedAgreement } from './support/agreements.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { systemKey } from './support/connections.ts';
import { makePerson, nextPersonalCode } from './support/factories.ts';
import { freshFormFields, followRedirect, formTokensOf, hiddenFieldsOf } from './support/forms.ts';
import { makeMonitoringEvents } from './support/monitoring-events.ts';
import { monitoringSystem } from './support/monitoring-list.ts';
import { anonymousForm, formPost, pageGet } from './support/org-accounts.ts';
import {
  makeOrganisation,
  nextRegistrationNumber,
  orgUserSession,
} from './support/organisations.ts';
import { makeDecidedRequest } from './support/requests.ts';
import { residentSession } from './support/resident.ts';
import { staffSession } from './support/staff.ts';
import { connectedSystem } from './support/system-client.ts';
import { webhookPath } from './support/webhooks.ts';

/**
 * Every organisation-side and resident form that creates, charges or changes, sent as a browser
 * resends it (a reload, back and resubmit, a double click): the first post acts and leads (303)
 * to a page showing the outcome, a repeat with the same form token does nothing and leads there
 * too, and a resend once the token has expired is refused (409 `form_token_invalid`) and changes
 * nothing (docs/decisions/0018).
 */
const START = Date.now();
const clock = { now: () => new Date(START) };
let t: TestContext;

beforeAll(async () => {
  t = await createTestApp({ clock });
}, 180_000);
afterAll(async () => {
  await t.close();
});

/** A form as its page drew it: where it posts, with its hidden fields and what is filled in. */
interface DrawnForm {
  action: string;
  cookie: string;
  fields: Record<string, string>;
  /** A file chosen in the form: it is then sent as multipart, as a browser does. */
  file?: { field: string; name: string; content: string };
}

interface FormCase {
  name: string;
  /** Makes what the form works on, opens its page, and answers the form and what it changes. */
  prepare(): Promise<{ form: DrawnForm; effect: () => Promise<number> }>;
  /** Where the first post leads. */
  leadsTo: RegExp;
}

async function drawn(
  page: string,
  action: string,
  who: { cookie: string },
  fields: Record<string, string> = {},
): Promise<DrawnForm> {
  const tokens = await formTokensOf(t.app, page, action, who.cookie);
  expect(tokens._form, `${page} draws a one-time token for ${action}`).toBeDefined();
  return { action, cookie: who.cookie, fields: { ...fields, ...tokens } };
}

/** Rows of a table, optionally only those a condition picks. */
async function rows(table: string, where: RawBuilder<unknown> = sql`true`): Promise<number> {
  const found = await sql<{ n: number }>`
    select count(*)::int as n from ${sql.table(table)} where ${where}`.execute(t.db);
  return found.rows[0]?.n ?? 0;
}

/** What every effect leaves besides its own rows: audit records and queued mails. */
async function traces(): Promise<[number, number]> {
  return [await rows('audit_events'), await rows('jobs')];
}

function send(form: DrawnForm) {
  if (form.file === undefined) return formPost(t.app, form.action, form.cookie, form.fields);
  const boundary = '----formonce';
  const part = (disposition: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; ${disposition}\r\n\r\n${value}\r\n`;
  const body =
    Object.entries(form.fields)
      .map(([name, value]) => part(`name="${name}"`, value))
      .join('') +
    part(
      `name="${form.file.field}"; filename="${form.file.name}"\r\nContent-Type: text/plain`,
      form.file.content,
    ) +
    `--${boundary}--\r\n`;
  return t.app.inject({
    method: 'POST',
    url: form.action,
    headers: {
      cookie: form.cookie,
      accept: 'text/html',
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: body,
  });
}

async function representative(options: { responsible?: boolean } = {}) {
  const organisation = await makeOrganisation(t.db);
  const rep = await orgUserSession(t.db, clock, {
    organisationId: organisation.id,
    responsible: options.responsible ?? false,
  });
  return { organisation, rep };
}

/** A browser user of the representative's organisation, in the state the case needs. */
async function colleague(organisationId: number, status: 'active' | 'locked' = 'active') {
  const user = await orgUserSession(t.db, clock, { organisationId, role: 'pdp_user' });
  await t.db.updateTable('org_users').set({ status }).where('id', '=', user.orgUserId).execute();
  return user.orgUserId;
}

/** An agreement drafted by PMLP from a decided request, in negotiation with the organisation. */
async function agreementInNegotiation() {
  const { organisation, rep } = await representative();
  const decided = await makeDecidedRequest(t.db, { organisationId: organisation.id });
  const officer = await staffSession(t.db, clock, 'pmlp_officer');
  const reference = await draftFromRequest(t.app, officer, decided.reference, {
    validFrom: '2027-01-01',
  });
  const agreementId = (
    await t.db
      .selectFrom('agreements')
      .select('id')
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow()
  ).id;
  return { rep, officer, reference, page: `/organizacijas/ligumi/${reference}`, agreementId };
}

const REQUEST_FORM = {
  scope_identity: 'yes',
  law_identity: 'Fizisko personu reģistra likums',
  article_identity: '11. panta pirmā daļa',
  purpose_identity: 'Klientu identitātes pārbaude, noslēdzot līgumu',
  scope_addresses: 'yes',
  law_addresses: 'Kredītiestāžu likums',
  article_addresses: '62. pants',
  purpose_addresses: 'Saziņa ar klientu par saistību izpildi',
  env_test: 'yes',
  env_production: 'yes',
  pdpUsers: '3',
  systemConnections: '1',
  monitoring: 'yes',
  monitoringPersons: '5000',
};

/** A draft request saved through its form; answers its id. */
async function draftRequest(rep: { cookie: string; csrf: string }): Promise<number> {
  const res = await formPost(t.app, '/organizacijas/pieprasijumi/jauns', rep.cookie, {
    ...freshFormFields(rep.csrf),
    ...REQUEST_FORM,
  });
  return Number(/pieprasijumi\/(\d+)\/parbaudit$/.exec(String(res.headers.location))?.[1]);
}

async function webhookOrganisation() {
  const system = await connectedSystem(t, clock, { environment: 'test' });
  const rep = await orgUserSession(t.db, clock, { organisationId: system.organisation.id });
  const page = webhookPath(system.clientId);
  const saved = await formPost(t.app, page, rep.cookie, {
    ...freshFormFields(rep.csrf),
    url: 'https://hooks.example.lv/rg',
  });
  expect(saved.statusCode).toBe(303);
  const endpoint = await t.db
    .selectFrom('monitoring_webhook_endpoints')
    .select('id')
    .where('organisation_id', '=', system.organisation.id)
    .executeTakeFirstOrThrow();
  return { system, rep, page, endpointId: endpoint.id };
}

async function residentRun(termsAccepted: boolean) {
  const code = nextPersonalCode('1981-04-03');
  const person = await makePerson(t.db, { personalCode: code });
  const run = await startRun(
    t.db,
    clock,
    { personId: person.personId, method: 'eid' },
    { termsAccepted },
  );
  const session = await residentSession(t.db, clock, {
    personId: person.personId,
    personalCode: code,
  });
  return { person, run, session, base: `/e-pakalpojumi/bdas/${run.public_id}` };
}

const BDAS = '/e-pakalpojumi/bdas';

const CASES: FormCase[] = [
  {
    name: 'an organisation registers itself',
    leadsTo: /^\/organizacijas\/registracija\/nosutita\?nr=\d{11}$/,
    prepare: async () => {
      const anonymous = await anonymousForm(t.app, '/organizacijas/registracija');
      const number = nextRegistrationNumber('private');
      const check = await formPost(t.app, '/organizacijas/registracija', anonymous.cookie, {
        _csrf: anonymous.csrf,
        registrationNumber: number,
        name: `SIA "Vienreiz ${number.slice(-4)}"`,
        legalForm: 'private',
        address: 'Rīga',
        email: `birojs${number}@example.lv`,
        contactName: 'Kontakts',
        contactEmail: `kontakts${number}@example.lv`,
        contactPhone: '',
        representativeName: 'Pārstāvis',
        representativeEmail: `parstavis${number}@example.lv`,
      });
      const action = '/organizacijas/registracija/nosutit';
      const fields = hiddenFieldsOf(check.body, action);
      expect(fields._form).toBeDefined();
      return {
        form: { action, cookie: anonymous.cookie, fields },
        effect: () => rows('organisations', sql`registration_number = ${number}`),
      };
    },
  },
  {
    name: 'a new access request is saved',
    leadsTo: /^\/organizacijas\/pieprasijumi\/\d+\/parbaudit$/,
    prepare: async () => {
      const { organisation, rep } = await representative();
      const page = '/organizacijas/pieprasijumi/jauns';
      return {
        form: await drawn(page, page, rep, REQUEST_FORM),
        effect: () => rows('access_requests', sql`organisation_id = ${organisation.id}`),
      };
    },
  },
  {
    name: 'a draft request is changed',
    leadsTo: /^\/organizacijas\/pieprasijumi\/\d+\/parbaudit$/,
    prepare: async () => {
      const { rep } = await representative();
      const id = await draftRequest(rep);
      const page = `/organizacijas/pieprasijumi/${id}/labot`;
      return {
        form: await drawn(page, page, rep, { ...REQUEST_FORM, pdpUsers: '2' }),
        effect: () => rows('access_requests', sql`id = ${id} and pdp_users = 2`),
      };
    },
  },
  {
    name: 'a request is submitted',
    leadsTo: /^\/organizacijas\/pieprasijumi\/\d+\/iesniegts$/,
    prepare: async () => {
      const { rep } = await representative();
      const id = await draftRequest(rep);
      return {
        form: await drawn(
          `/organizacijas/pieprasijumi/${id}/parbaudit`,
          `/organizacijas/pieprasijumi/${id}/iesniegt`,
          rep,
        ),
        effect: () => rows('access_request_events', sql`request_id = ${id}`),
      };
    },
  },
  {
    name: "PMLP's question is answered",
    leadsTo: /^\/organizacijas\/pieprasijumi\/\d+$/,
    prepare: async () => {
      const { rep } = await representative();
      const id = await draftRequest(rep);
      await formPost(t.app, `/organizacijas/pieprasijumi/${id}/iesniegt`, rep.cookie, {
        ...freshFormFields(rep.csrf),
      });
      const { reference } = await t.db
        .selectFrom('access_requests')
        .select('reference')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const officer = await staffSession(t.db, clock, 'pmlp_officer');
      const asked = await formPost(
        t.app,
        `/darbinieki/pieprasijumi/${reference ?? ''}/precizet`,
        officer.cookie,
        { ...freshFormFields(officer.csrf), question: 'Kuram līgumam dati vajadzīgi?' },
      );
      expect(asked.statusCode).toBe(303);
      const page = `/organizacijas/pieprasijumi/${id}`;
      return {
        form: await drawn(page, `${page}/precizejums`, rep, { answer: 'Klientu līgumiem.' }),
        effect: () =>
          rows('access_request_events', sql`request_id = ${id} and side = 'organisation'`),
      };
    },
  },
  {
    name: 'the organisation proposes a new version of the agreement',
    leadsTo: /^\/organizacijas\/ligumi\/LIG-[\d-]+\?pazinojums=versija$/,
    prepare: async () => {
      const { rep, page, agreementId } = await agreementInNegotiation();
      return {
        form: await drawn(page, `${page}/versijas`, rep, { body: 'Līguma teksts ar labojumu.' }),
        effect: () => rows('agreement_versions', sql`agreement_id = ${agreementId}`),
      };
    },
  },
  {
    name: 'the organisation comments on a version',
    leadsTo: /^\/organizacijas\/ligumi\/LIG-[\d-]+\?pazinojums=komentars$/,
    prepare: async () => {
      const { rep, page, agreementId } = await agreementInNegotiation();
      return {
        form: await drawn(page, `${page}/komentari`, rep, {
          commentVersion: '1',
          comment: 'Lūdzu precizēt 3. punktu.',
        }),
        effect: () => rows('agreement_comments', sql`agreement_id = ${agreementId}`),
      };
    },
  },
  {
    name: 'the organisation approves a version',
    leadsTo: /^\/organizacijas\/ligumi\/LIG-[\d-]+\?pazinojums=(apstiprinats|noslegts)$/,
    prepare: async () => {
      const { rep, page, agreementId } = await agreementInNegotiation();
      return {
        form: await drawn(page, `${page}/apstiprinat`, rep, { version: '1' }),
        effect: () => rows('agreement_approvals', sql`agreement_id = ${agreementId}`),
      };
    },
  },
  {
    name: 'the organisation starts an amendment',
    leadsTo: /^\/organizacijas\/ligumi\/LIG-[\d-]+\?pazinojums=grozijumi$/,
    prepare: async () => {
      const { rep, officer, reference, page, agreementId } = await agreementInNegotiation();
      // Both sides approve version 1: the agreement is concluded.
      for (const [who, side] of [
        [rep, '/organizacijas/ligumi'],
        [officer, '/darbinieki/ligumi'],
      ] as const) {
        const approved = await formPost(t.app, `${side}/${reference}/apstiprinat`, who.cookie, {
          ...freshFormFields(who.csrf),
          version: '1',
        });
        expect(approved.statusCode).toBe(303);
      }
      return {
        form: await drawn(page, `${page}/grozijumi`, rep),
        effect: () => rows('agreements', sql`amends_agreement_id = ${agreementId}`),
      };
    },
  },
  {
    name: 'the responsible user adds a browser user',
    leadsTo: /^\/organizacijas\/lietotaji\?pievienots=\w+$/,
    prepare: async () => {
      const { organisation, rep } = await representative({ responsible: true });
      await makeConcludedAgreement(t.db, organisation.id, { pdpUsers: 3 });
      const page = '/organizacijas/lietotaji';
      return {
        form: await drawn(page, page, rep, {
          name: 'Jauns Lietotājs',
          email: `jauns${organisation.id}@example.lv`,
        }),
        effect: async () =>
          (await rows('org_users', sql`organisation_id = ${organisation.id}`)) +
          (await rows('org_user_requests', sql`organisation_id = ${organisation.id}`)),
      };
    },
  },
  ...(
    [
      ['atbloket', 'locked', 'org_user.unblocked'],
      ['atspejot', 'active', 'org_user.disabled'],
      ['atjaunot-piekluvi', 'active', 'org_user.access_reset'],
    ] as const
  ).map(([step, status, action]): FormCase => ({
    name: `the responsible user's "${step}" on a user`,
    leadsTo: /^\/organizacijas\/lietotaji(\?atjaunots=1)?$/,
    prepare: async () => {
      const { organisation, rep } = await representative({ responsible: true });
      const userId = await colleague(organisation.id, status);
      const page = '/organizacijas/lietotaji';
      return {
        form: await drawn(page, `${page}/${userId}/${step}`, rep),
        effect: () =>
          rows('audit_events', sql`action = ${action} and organisation_id = ${organisation.id}`),
      };
    },
  })),
  {
    name: 'a representative names the responsible user',
    leadsTo: /^\/organizacijas\/lietotaji$/,
    prepare: async () => {
      const { organisation, rep } = await representative();
      const other = await orgUserSession(t.db, clock, { organisationId: organisation.id });
      const page = '/organizacijas/lietotaji';
      return {
        form: await drawn(page, `${page}/${other.orgUserId}/atbildigais`, rep, { value: 'yes' }),
        effect: () => rows('org_users', sql`id = ${other.orgUserId} and is_responsible`),
      };
    },
  },
  {
    name: 'a representative registers a connection',
    leadsTo: /^\/organizacijas\/savienojumi\/rg-[0-9a-f]{20}\?jauns=1$/,
    prepare: async () => {
      const { organisation, rep } = await representative();
      await makeConcludedAgreement(t.db, organisation.id, { environments: ['test'] });
      const key = await systemKey('ES256');
      const page = '/organizacijas/savienojumi/jauns';
      return {
        form: await drawn(page, page, rep, {
          name: 'Klientu reģistrs',
          environment: 'test',
          jwk: JSON.stringify(key.jwk),
          keyExpiresOn: '2027-06-30',
          sourceAddresses: '',
        }),
        effect: () => rows('connections', sql`organisation_id = ${organisation.id}`),
      };
    },
  },
  {
    name: 'a representative adds a key to a connection',
    leadsTo: /^\/organizacijas\/savienojumi\/rg-[0-9a-f]{20}$/,
    prepare: async () => {
      const system = await connectedSystem(t, clock, { environment: 'test' });
      const rep = await orgUserSession(t.db, clock, { organisationId: system.organisation.id });
      const key = await systemKey('ES256');
      const page = `/organizacijas/savienojumi/${system.clientId}`;
      return {
        form: await drawn(page, `${page}/atslegas`, rep, {
          jwk: JSON.stringify(key.jwk),
          keyExpiresOn: '2027-06-30',
        }),
        effect: () => rows('connection_keys'),
      };
    },
  },
  {
    name: 'a representative retires a key',
    leadsTo: /^\/organizacijas\/savienojumi\/rg-[0-9a-f]{20}$/,
    prepare: async () => {
      const system = await connectedSystem(t, clock, { environment: 'test' });
      const rep = await orgUserSession(t.db, clock, { organisationId: system.organisation.id });
      const page = `/organizacijas/savienojumi/${system.clientId}`;
      const key = await systemKey('ES256');
      await formPost(t.app, `${page}/atslegas`, rep.cookie, {
        ...freshFormFields(rep.csrf),
        jwk: JSON.stringify(key.jwk),
        keyExpiresOn: '2027-06-30',
      });
      const oldest = await t.db
        .selectFrom('connection_keys')
        .innerJoin('connections', 'connections.id', 'connection_keys.connection_id')
        .select('connection_keys.id')
        .where('connections.client_id', '=', system.clientId)
        .orderBy('connection_keys.id')
        .executeTakeFirstOrThrow();
      return {
        form: await drawn(page, `${page}/atslegas/${oldest.id}/atsaukt`, rep),
        effect: () => rows('connection_keys', sql`id = ${oldest.id} and retired_at is not null`),
      };
    },
  },
  {
    name: 'a representative sets the low-balance threshold',
    leadsTo: /^\/organizacijas\/atlikums\?saglabats=slieksnis$/,
    prepare: async () => {
      const { rep } = await representative();
      return {
        form: await drawn('/organizacijas/atlikums', '/organizacijas/atlikums/slieksnis', rep, {
          slieksnis: '50,00',
        }),
        effect: () => rows('audit_events', sql`actor_id = ${String(rep.orgUserId)}`),
      };
    },
  },
  {
    name: 'a representative adds a person to monitor',
    leadsTo: /^\/organizacijas\/monitorings\/produkcija\?pievienoti=1&jau=0$/,
    prepare: async () => {
      const system = await monitoringSystem(t, clock);
      const rep = await orgUserSession(t.db, clock, { organisationId: system.organisation.id });
      const person = await makePerson(t.db);
      const page = '/organizacijas/monitorings/produkcija';
      return {
        form: await drawn(page, `${page}/pievienot`, rep, { personalCode: person.personalCode }),
        effect: () => rows('monitoring_entries', sql`organisation_id = ${system.organisation.id}`),
      };
    },
  },
  {
    name: 'a representative sends a file of persons to monitor',
    leadsTo: /^\/organizacijas\/monitorings\/produkcija\?pievienoti=2&jau=0$/,
    prepare: async () => {
      const system = await monitoringSystem(t, clock);
      const rep = await orgUserSession(t.db, clock, { organisationId: system.organisation.id });
      const [a, b] = [await makePerson(t.db), await makePerson(t.db)];
      const page = '/organizacijas/monitorings/produkcija';
      return {
        form: {
          ...(await drawn(page, `${page}/datne`, rep)),
          file: {
            field: 'datne',
            name: 'kodi.txt',
            content: `${a.personalCode}\n${b.personalCode}\n`,
          },
        },
        // The file's two persons are one effect: counted as files.
        effect: async () =>
          (await rows('monitoring_entries', sql`organisation_id = ${system.organisation.id}`)) / 2,
      };
    },
  },
  {
    name: 'a representative ends monitoring a person',
    leadsTo: /^\/organizacijas\/monitorings\/produkcija\?beigts=1$/,
    prepare: async () => {
      const system = await monitoringSystem(t, clock);
      const rep = await orgUserSession(t.db, clock, { organisationId: system.organisation.id });
      const person = await makePerson(t.db);
      const page = '/organizacijas/monitorings/produkcija';
      await formPost(t.app, `${page}/pievienot`, rep.cookie, {
        ...freshFormFields(rep.csrf),
        personalCode: person.personalCode,
      });
      return {
        form: await drawn(page, `${page}/beigt`, rep, { personalCode: person.personalCode }),
        effect: () =>
          rows(
            'monitoring_entries',
            sql`organisation_id = ${system.organisation.id} and ended_by is not null`,
          ),
      };
    },
  },
  {
    name: 'a representative sets up a webhook',
    leadsTo: /\/webhook\?izdarits=saved&noslepums=/,
    prepare: async () => {
      const system = await connectedSystem(t, clock, { environment: 'test' });
      const rep = await orgUserSession(t.db, clock, { organisationId: system.organisation.id });
      const page = webhookPath(system.clientId);
      return {
        form: await drawn(page, page, rep, { url: 'https://hooks.example.lv/rg' }),
        effect: () => rows('monitoring_webhook_secrets'),
      };
    },
  },
  {
    name: "a representative rotates the webhook's secret",
    leadsTo: /\/webhook\?izdarits=rotated&noslepums=/,
    prepare: async () => {
      const { rep, page } = await webhookOrganisation();
      return {
        form: await drawn(page, `${page}/noslepums`, rep),
        effect: () => rows('monitoring_webhook_secrets'),
      };
    },
  },
  {
    name: 'a representative turns a disabled webhook on again',
    leadsTo: /\/webhook\?izdarits=reenabled$/,
    prepare: async () => {
      const { rep, page, endpointId } = await webhookOrganisation();
      await t.db
        .updateTable('monitoring_webhook_endpoints')
        .set({ status: 'disabled', disabled_reason: 'failing', disabled_at: clock.now() })
        .where('id', '=', endpointId)
        .execute();
      return {
        form: await drawn(page, `${page}/ieslegt`, rep),
        effect: () =>
          rows('monitoring_webhook_endpoints', sql`id = ${endpointId} and status = 'active'`),
      };
    },
  },
  {
    name: 'a representative asks for an event to be sent again',
    leadsTo: /\/webhook\?izdarits=resent$/,
    prepare: async () => {
      const { system, rep, page, endpointId } = await webhookOrganisation();
      const [event] = await makeMonitoringEvents(
        t.db,
        { organisationId: system.organisation.id, environment: 'test' },
        1,
      );
      await t.db
        .updateTable('monitoring_webhook_endpoints')
        .set({ delivered_seq: event?.seq ?? 1 })
        .where('id', '=', endpointId)
        .execute();
      return {
        form: await drawn(page, `${page}/atkartot`, rep, { seq: String(event?.seq) }),
        effect: () => rows('monitoring_webhook_resends', sql`endpoint_id = ${endpointId}`),
      };
    },
  },
  {
    name: 'a resident starts the e-service',
    leadsTo: /^\/e-pakalpojumi\/bdas\/[\w-]+\/noteikumi$/,
    prepare: async () => {
      const { person, session } = await residentRun(false);
      return {
        form: await drawn(BDAS, `${BDAS}/sakt`, session),
        effect: () => rows('service_runs', sql`person_id = ${person.personId}`),
      };
    },
  },
  {
    name: 'a resident accepts the terms',
    leadsTo: /^\/e-pakalpojumi\/bdas\/[\w-]+\/rezultats$/,
    prepare: async () => {
      const { run, session, base } = await residentRun(false);
      return {
        form: await drawn(`${base}/noteikumi`, `${base}/noteikumi`, session, { agree: 'yes' }),
        effect: () => rows('service_runs', sql`id = ${run.id} and terms_accepted_at is not null`),
      };
    },
  },
  {
    name: 'a resident starts the service again',
    leadsTo: /^\/e-pakalpojumi\/bdas\/[\w-]+\/rezultats$/,
    prepare: async () => {
      const { person, session, base } = await residentRun(true);
      return {
        form: await drawn(`${base}/rezultats`, `${base}/no-jauna`, session),
        effect: () => rows('service_runs', sql`person_id = ${person.personId}`),
      };
    },
  },
  {
    name: 'a resident finishes the service',
    leadsTo: /^\/tavi-e-pakalpojumi$/,
    prepare: async () => {
      const { run, session, base } = await residentRun(true);
      return {
        form: await drawn(`${base}/rezultats`, `${base}/pabeigt`, session, {
          next: '/tavi-e-pakalpojumi',
        }),
        effect: () => rows('service_runs', sql`id = ${run.id} and finished_at is not null`),
      };
    },
  },
];

describe('a form that creates or changes, sent again', () => {
  for (const form of CASES) {
    it(`${form.name}: twice, one effect, both led to its outcome`, async () => {
      const { form: sent, effect } = await form.prepare();
      const before = await effect();
      const first = await send(sent);
      expect(first.statusCode, first.body.slice(0, 400)).toBe(303);
      expect(String(first.headers.location)).toMatch(form.leadsTo);
      const once = await effect();
      expect(once).toBe(before + 1);
      const tracesOnce = await traces();
      const second = await send(sent);
      expect(second.statusCode).toBe(303);
      expect(second.headers.location).toBe(first.headers.location);
      expect(await effect()).toBe(once);
      expect(await traces()).toEqual(tracesOnce);
      const shown = await followRedirect(t.app, second, sent.cookie);
      expect(shown.statusCode).toBe(200);
    });

    it(`${form.name}: resent once its token expired, refused and nothing changes`, async () => {
      const { form: sent, effect } = await form.prepare();
      const first = await send(sent);
      expect(first.statusCode).toBe(303);
      const done = await effect();
      const tracesDone = await traces();
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        vi.setSystemTime(Date.now() + FORM_TOKEN_LIFETIME_MS + 60_000);
        const late = await send(sent);
        expect(late.statusCode).toBe(409);
        expect(late.body).toContain('form_token_invalid');
      } finally {
        vi.useRealTimers();
      }
      expect(await effect()).toBe(done);
      expect(await traces()).toEqual(tracesDone);
    });
  }

  it('two posts of one form at once act once', async () => {
    const register = CASES.find((c) => c.name === 'a new access request is saved');
    if (register === undefined) throw new Error('no such case');
    const { form: sent, effect } = await register.prepare();
    const before = await effect();
    const [a, b] = await Promise.all([send(sent), send(sent)]);
    expect([a.statusCode, b.statusCode]).toEqual([303, 303]);
    expect(b.headers.location).toBe(a.headers.location);
    expect(await effect()).toBe(before + 1);
    expect((await pageGet(t.app, String(a.headers.location), sent.cookie)).statusCode).toBe(200);
  });
});
