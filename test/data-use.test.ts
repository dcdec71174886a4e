import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/database.ts';
import { startSession } from '../src/identity/sessions.ts';
import { appendAudit } from '../src/platform/audit/audit-log.ts';
import { registerErrors } from '../src/register/errors.ts';
import { dataUseErrors } from '../src/residents/errors.ts';
import { residentSession } from './support/resident.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { makePerson } from './support/factories.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';
import { freshFormFields } from './support/forms.ts';

/**
 * "Kas izmantoja manus datus" and the staff's holds, end to end in-process: audit rows written
 * as provisions write them, the resident's page with its period filter, paging and audit, and
 * the officer's view, holds and their refusals. The clock moves to show a hold ending.
 */

let now = new Date('2026-03-15T10:00:00Z');
const clock = { now: () => now };
let t: TestContext;

interface Who {
  cookie: string;
  csrf: string;
}

const PAGE = '/kas-izmantoja-manus-datus';
const STAFF = '/darbinieki/datu-izmantosana';

let me: { personId: number; personalCode: string };
let other: { personId: number; personalCode: string };
let alfa: { id: number; registrationNumber: string; name: string };
let beta: { id: number; registrationNumber: string; name: string };
let gamma: { id: number; registrationNumber: string; name: string };
const rows = { january: 0, february: 0, march: 0, test: 0, other: 0 };

async function provision(
  db: Db,
  row: {
    personId: number;
    organisationId: number;
    at: string;
    purpose: string;
    channel?: 'api' | 'browser';
    environment?: 'production' | 'test';
    scopes?: string[];
  },
): Promise<number> {
  return appendAudit(db, {
    actorType: row.channel === 'browser' ? 'org_user' : 'system_client',
    actorId: 'client-1',
    organisationId: row.organisationId,
    subjectPersonId: row.personId,
    action: 'person.read',
    scopes: row.scopes ?? ['identity', 'addresses'],
    purpose: row.purpose,
    legalBasis:
      'identity: Kredītiestāžu likums, 41. pants; addresses: Kredītiestāžu likums, 41. pants',
    channel: row.channel ?? 'api',
    environment: row.environment ?? 'production',
    feeCents: 200,
    feeExempt: false,
    reason: 'Lieta 1',
    requestId: 'req-1',
    occurredAt: new Date(row.at),
  });
}

const residentOf = (person: { personId: number; personalCode: string }) =>
  residentSession(t.db, clock, person);

const get = (url: string, who: Who | null, accept = 'text/html') =>
  t.app.inject({
    method: 'GET',
    url,
    headers: { accept, ...(who === null ? {} : { cookie: who.cookie }) },
  });

const post = (url: string, who: Who | null, fields: Record<string, string>, accept = 'text/html') =>
  t.app.inject({
    method: 'POST',
    url,
    headers: {
      accept,
      'content-type': 'application/x-www-form-urlencoded',
      ...(who === null ? {} : { cookie: who.cookie }),
    },
    payload: new URLSearchParams({
      ...(who === null ? { _csrf: 'none' } : freshFormFields(who.csrf)),
      ...fields,
    }).toString(),
  });

async function auditCount(action: string): Promise<number> {
  const row = await t.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function holds() {
  return t.db.selectFrom('audit_holds').selectAll().orderBy('audit_event_id').execute();
}

/** The table body's text, so the page's notes and form do not count as rows. */
function tableBody(html: string): string {
  return /<tbody>([\s\S]*)<\/tbody>/.exec(html)?.[1] ?? '';
}

/** Opens a staff view of a person and answers its path. */
async function openView(officer: Who, personalCode: string): Promise<string> {
  const res = await post(STAFF, officer, { personalCode, reason: 'Personas iesniegums Nr. 12' });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
  const location = String(res.headers.location);
  expect(location).toMatch(/^\/darbinieki\/datu-izmantosana\/skatijums\/\d+$/);
  return location;
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  me = await makePerson(t.db);
  other = await makePerson(t.db);
  alfa = await makeOrganisation(t.db, { name: 'Banka Alfa' });
  beta = await makeOrganisation(t.db, { name: 'Pašvaldība Beta', legalForm: 'public' });
  gamma = await makeOrganisation(t.db, { name: 'Apdrošinātājs Gamma' });
  rows.january = await provision(t.db, {
    personId: me.personId,
    organisationId: alfa.id,
    at: '2026-01-10T09:00:00Z',
    purpose: 'Mērķis janvāris',
  });
  rows.february = await provision(t.db, {
    personId: me.personId,
    organisationId: beta.id,
    at: '2026-02-05T12:00:00Z',
    purpose: 'Mērķis februāris',
    channel: 'browser',
    scopes: ['identity'],
  });
  // 22:30 UTC on 1 March is 00:30 on 2 March in Riga: the period counts Riga days.
  rows.march = await provision(t.db, {
    personId: me.personId,
    organisationId: alfa.id,
    at: '2026-03-01T22:30:00Z',
    purpose: 'Mērķis marts',
  });
  rows.test = await provision(t.db, {
    personId: me.personId,
    organisationId: gamma.id,
    at: '2026-02-10T08:00:00Z',
    purpose: 'Mērķis testa vide',
    environment: 'test',
  });
  rows.other = await provision(t.db, {
    personId: other.personId,
    organisationId: gamma.id,
    at: '2026-02-11T08:00:00Z',
    purpose: 'Mērķis cita persona',
  });
  // Not a provision: the resident's own view, which the list leaves out.
  await appendAudit(t.db, {
    actorType: 'resident',
    actorId: String(me.personId),
    subjectPersonId: me.personId,
    action: 'bdas.read',
    channel: 'portal',
  });
});

afterAll(async () => t.close());

describe('the resident’s page', () => {
  it('lists only the person’s own production provisions, newest first, with every column', async () => {
    const before = await auditCount('data_use.viewed');
    const res = await get(PAGE, await residentOf(me));
    expect(res.statusCode).toBe(200);
    const body = tableBody(res.body);
    const march = body.indexOf('Mērķis marts');
    const february = body.indexOf('Mērķis februāris');
    const january = body.indexOf('Mērķis janvāris');
    expect(march).toBeGreaterThan(-1);
    expect(february).toBeGreaterThan(march);
    expect(january).toBeGreaterThan(february);
    expect(body).not.toContain('Mērķis testa vide');
    expect(body).not.toContain('Mērķis cita persona');
    expect(body).toContain('Banka Alfa');
    expect(body).toContain(alfa.registrationNumber);
    expect(body).toContain('Pašvaldība Beta');
    expect(body).toContain('Personas identitāte, Adreses');
    expect(body).toContain('Kredītiestāžu likums, 41. pants');
    expect(body).toContain('Sistēmu saskarne');
    expect(body).toContain('Personu datu pārlūks');
    // 00:30 Riga time on 2 March, not 1 March in UTC.
    expect(body).toMatch(/2026[^<]*00:30/);
    expect(res.body).toContain('Kopā Jūsu dati izsniegti 3 reizes 2 organizācijām.');
    expect(await auditCount('data_use.viewed')).toBe(before + 1);
  });

  it('speaks English with ?lang=en', async () => {
    const res = await get(`${PAGE}?lang=en`, await residentOf(me));
    expect(res.statusCode).toBe(200);
    const body = tableBody(res.body);
    expect(body).toContain('Identity, Addresses');
    expect(body).toContain('Inter-system interface');
    expect(body).toContain('Person Data Browser');
    expect(res.body).toContain('In all, your data was provided 3 times to 2 organisations.');
  });

  it('filters by a period of Riga days, and counts within it', async () => {
    const who = await residentOf(me);
    const february = await get(`${PAGE}?no=2026-02-01&lidz=2026-03-01`, who);
    expect(february.statusCode).toBe(200);
    expect(tableBody(february.body)).toContain('Mērķis februāris');
    expect(tableBody(february.body)).not.toContain('Mērķis marts');
    expect(tableBody(february.body)).not.toContain('Mērķis janvāris');
    expect(february.body).toContain(
      'Izvēlētajā periodā Jūsu dati izsniegti 1 reizi 1 organizācijai.',
    );
    expect(february.body).toContain('value="2026-02-01"');

    const march = await get(`${PAGE}?no=2026-03-02`, who);
    expect(tableBody(march.body)).toContain('Mērķis marts');
    expect(tableBody(march.body)).not.toContain('Mērķis februāris');

    const none = await get(`${PAGE}?lidz=2025-12-31`, who);
    expect(none.body).toContain('Izvēlētajā periodā Jūsu dati organizācijām nav izsniegti.');
  });

  it('refuses bad dates with the input kept, and reads and records nothing', async () => {
    const who = await residentOf(me);
    const before = await auditCount('data_use.viewed');
    for (const [query, error, kept] of [
      ['no=2026-02-30', dataUseErrors.period_invalid, 'value="2026-02-30"'],
      ['lidz=vakar', dataUseErrors.period_invalid, 'value="vakar"'],
      ['no=2026-03-01&lidz=2026-02-01', dataUseErrors.period_reversed, 'value="2026-03-01"'],
    ] as const) {
      const res = await get(`${PAGE}?${query}`, who);
      expect(res.statusCode, query).toBe(400);
      expect(res.body).toContain('class="error-summary"');
      expect(res.body).toContain(error.lv);
      expect(res.body).toContain(kept);
      expect(res.body).not.toContain('<tbody>');
    }
    expect(await auditCount('data_use.viewed')).toBe(before);
  });

  it('records the view as the resident’s own, in the same transaction as the read', async () => {
    const res = await get(`${PAGE}?no=2026-01-01`, await residentOf(me));
    expect(res.statusCode).toBe(200);
    const row = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'data_use.viewed')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      actor_type: 'resident',
      actor_id: String(me.personId),
      subject_person_id: me.personId,
      channel: 'portal',
      organisation_id: null,
    });
    expect(row.reason).toContain('2026-01-01');
  });

  it('shows another resident only their own rows', async () => {
    const res = await get(PAGE, await residentOf(other));
    const body = tableBody(res.body);
    expect(body).toContain('Mērķis cita persona');
    expect(body).not.toContain('Mērķis marts');
    expect(res.body).toContain('Kopā Jūsu dati izsniegti 1 reizi 1 organizācijai.');
  });

  it('pages by 100 rows with links to older and newer records', async () => {
    const busy = await makePerson(t.db);
    for (let i = 0; i < 103; i += 1) {
      await provision(t.db, {
        personId: busy.personId,
        organisationId: i % 2 === 0 ? alfa.id : beta.id,
        at: new Date(Date.parse('2026-02-01T08:00:00Z') + i * 60_000).toISOString(),
        purpose: `Rinda ${String(i).padStart(3, '0')}.`,
      });
    }
    const who = await residentOf(busy);
    const first = await get(`${PAGE}?no=2026-01-01`, who);
    expect(first.body.match(/Rinda \d{3}\./g)).toHaveLength(100);
    expect(first.body).toContain('Rinda 102.');
    expect(first.body).not.toContain('Rinda 002.');
    expect(first.body).toContain('href="/kas-izmantoja-manus-datus?no=2026-01-01&amp;lapa=2"');
    expect(first.body).toContain('Vecāki ieraksti');
    expect(first.body).not.toContain('Jaunāki ieraksti');
    expect(first.body).toContain('103 reizes 2 organizācijām');

    const second = await get(`${PAGE}?no=2026-01-01&lapa=2`, who);
    expect(second.body.match(/Rinda \d{3}\./g)).toEqual(['Rinda 002.', 'Rinda 001.', 'Rinda 000.']);
    expect(second.body).toContain('Jaunāki ieraksti');
    expect(second.body).not.toContain('Vecāki ieraksti');
  });

  it('is linked from "Tavi e-pakalpojumi" and the home page', async () => {
    const history = await get('/tavi-e-pakalpojumi', await residentOf(me));
    expect(history.body).toContain(`href="${PAGE}"`);
    const home = await get('/', null);
    expect(home.body).toContain(`href="${PAGE}"`);
  });
});

describe('holds', () => {
  it('hides a held row from the person until the hold’s day, and shows it from that day', async () => {
    now = new Date('2026-03-15T10:00:00Z');
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const view = await openView(officer, me.personalCode);
    const set = await post(`${view}/ieraksti/${rows.february}/slept`, officer, {
      hiddenUntil: '2026-03-20',
      holdReason: 'Izmeklēšana, lieta 11/2026',
    });
    expect(set.statusCode, set.body.slice(0, 300)).toBe(303);
    expect(set.headers.location).toBe(`${view}?ok=hold_set`);

    const hidden = await get(PAGE, await residentOf(me));
    expect(tableBody(hidden.body)).not.toContain('Mērķis februāris');
    expect(hidden.body).toContain('Kopā Jūsu dati izsniegti 2 reizes 1 organizācijai.');

    // 23:30 on 19 March in Riga: still hidden.
    now = new Date('2026-03-19T21:30:00Z');
    const eve = await get(PAGE, await residentOf(me));
    expect(tableBody(eve.body)).not.toContain('Mērķis februāris');

    // 00:30 on 20 March in Riga: the hold has ended.
    now = new Date('2026-03-19T22:30:00Z');
    const shown = await get(PAGE, await residentOf(me));
    expect(tableBody(shown.body)).toContain('Mērķis februāris');
    expect(shown.body).toContain('Kopā Jūsu dati izsniegti 3 reizes 2 organizācijām.');
    // The audit row itself never changed.
    const row = await t.db
      .selectFrom('audit_events')
      .select(['purpose', 'organisation_id'])
      .where('id', '=', rows.february)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ purpose: 'Mērķis februāris', organisation_id: beta.id });
  });

  it('lets staff see every row with fee, environment and hold, audited with the reason', async () => {
    now = new Date('2026-03-21T10:00:00Z');
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const before = await auditCount('data_use.viewed_by_staff');
    const view = await openView(officer, me.personalCode);
    expect(await auditCount('data_use.viewed_by_staff')).toBe(before + 1);
    const audit = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'data_use.viewed_by_staff')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor_type: 'staff',
      actor_id: String(officer.staffId),
      subject_person_id: me.personId,
      channel: 'backoffice',
      reason: 'Personas iesniegums Nr. 12',
    });

    const page = await get(view, officer);
    expect(page.statusCode).toBe(200);
    const body = tableBody(page.body);
    expect(body).toContain('Mērķis testa vide');
    expect(body).toContain('Testa');
    expect(body).toContain('Ražošanas');
    expect(body).toContain('2,00 EUR');
    expect(body).toContain(`<code>${rows.march}</code>`);
    expect(body).toContain('Izmeklēšana, lieta 11/2026');
    expect(body).not.toContain('Mērķis cita persona');
    expect(page.body).toContain(me.personalCode);
  });

  it('changes and lifts a hold, each audited, and refuses bad input changing nothing', async () => {
    now = new Date('2026-04-01T10:00:00Z');
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const view = await openView(officer, me.personalCode);
    const url = `${view}/ieraksti/${rows.march}`;
    const form = await get(url, officer);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Slēpt līdz');

    const beforeHolds = await holds();
    const beforeSet = await auditCount('audit.hold_set');
    for (const [fields, field, error] of [
      [
        { hiddenUntil: '2026-04-01', holdReason: 'Lieta' },
        'hiddenUntil',
        dataUseErrors.hold_date_past,
      ],
      [
        { hiddenUntil: '2026-03-01', holdReason: 'Lieta' },
        'hiddenUntil',
        dataUseErrors.hold_date_past,
      ],
      [
        { hiddenUntil: '01.05.2026', holdReason: 'Lieta' },
        'hiddenUntil',
        dataUseErrors.hold_date_invalid,
      ],
      [
        { hiddenUntil: '2026-05-01', holdReason: '  ' },
        'holdReason',
        dataUseErrors.hold_reason_required,
      ],
    ] as const) {
      const res = await post(`${url}/slept`, officer, fields);
      expect(res.statusCode, error.code).toBe(400);
      expect(res.body).toContain(error.lv);
      expect(res.body).toContain(`href="#${field}"`);
      expect(res.body).toContain(`value="${fields.hiddenUntil}"`);
    }
    expect(await holds()).toEqual(beforeHolds);
    expect(await auditCount('audit.hold_set')).toBe(beforeSet);

    const first = await post(`${url}/slept`, officer, {
      hiddenUntil: '2026-05-01',
      holdReason: 'Lieta A',
    });
    expect(first.statusCode).toBe(303);
    const changed = await post(`${url}/slept`, officer, {
      hiddenUntil: '2026-06-01',
      holdReason: 'Lieta B',
    });
    expect(changed.statusCode).toBe(303);
    const held = (await holds()).find((h) => h.audit_event_id === rows.march);
    expect(held).toMatchObject({
      hidden_until: '2026-06-01',
      reason: 'Lieta B',
      staff_id: officer.staffId,
    });
    expect(await auditCount('audit.hold_set')).toBe(beforeSet + 2);
    const hidden = await get(PAGE, await residentOf(me));
    expect(tableBody(hidden.body)).not.toContain('Mērķis marts');

    const beforeLift = await auditCount('audit.hold_lifted');
    const lifted = await post(`${url}/atcelt`, officer, {});
    expect(lifted.statusCode).toBe(303);
    expect(lifted.headers.location).toBe(`${view}?ok=hold_lifted`);
    expect((await holds()).some((h) => h.audit_event_id === rows.march)).toBe(false);
    expect(await auditCount('audit.hold_lifted')).toBe(beforeLift + 1);
    const shown = await get(PAGE, await residentOf(me));
    expect(tableBody(shown.body)).toContain('Mērķis marts');

    const again = await post(`${url}/atcelt`, officer, {}, 'application/json');
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ code: 'hold_not_found' });
    expect(await auditCount('audit.hold_lifted')).toBe(beforeLift + 1);
  });

  it('keeps a view to its officer, its person and its hour', async () => {
    now = new Date('2026-04-02T10:00:00Z');
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const colleague = await staffSession(t.db, clock, 'pmlp_officer');
    const view = await openView(officer, me.personalCode);
    const before = await holds();
    const fields = { hiddenUntil: '2026-05-01', holdReason: 'Lieta' };

    const othersRow = await post(
      `${view}/ieraksti/${rows.other}/slept`,
      officer,
      fields,
      'application/json',
    );
    expect(othersRow.statusCode).toBe(404);
    expect(othersRow.json()).toMatchObject({ code: 'audit_row_not_found' });
    const notProvision = await get(
      `${view}/ieraksti/${view.split('/').pop() ?? ''}`,
      officer,
      'application/json',
    );
    expect(notProvision.json()).toMatchObject({ code: 'audit_row_not_found' });

    const foreign = await post(
      `${view}/ieraksti/${rows.january}/slept`,
      colleague,
      fields,
      'application/json',
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'staff_view_not_found' });
    expect((await get(view, colleague, 'application/json')).json()).toMatchObject({
      code: 'staff_view_not_found',
    });

    now = new Date('2026-04-02T11:01:00Z');
    const late = await staffSession(t.db, clock, 'pmlp_officer');
    expect(
      (await get('/darbinieki/datu-izmantosana/skatijums/999999', late, 'application/json'))
        .statusCode,
    ).toBe(404);
    const fresh = await staffSession(t.db, clock, 'pmlp_officer');
    const freshView = await openView(fresh, me.personalCode);
    now = new Date('2026-04-02T11:02:00Z');
    expect((await get(freshView, fresh)).statusCode).toBe(200);
    now = new Date('2026-04-02T12:03:00Z');
    // The same officer signed in again: the view has outlived its hour, not the session.
    const again = await startSession(t.db, clock, {
      kind: 'staff',
      staffId: fresh.staffId,
      name: fresh.name,
      role: 'pmlp_officer',
    });
    const expired = await post(
      `${freshView}/ieraksti/${rows.january}/slept`,
      { cookie: `rg_session=${again.token}`, csrf: again.session.csrfToken },
      fields,
      'application/json',
    );
    expect(expired.json()).toMatchObject({ code: 'staff_view_not_found' });
    expect(await holds()).toEqual(before);
  });

  it('refuses a lookup without a valid known code or a reason, recording nothing', async () => {
    now = new Date('2026-04-03T10:00:00Z');
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const before = await auditCount('data_use.viewed_by_staff');
    const cases = [
      [
        { personalCode: '010101-10007', reason: 'Lieta' },
        'personalCode',
        registerErrors.personal_code_checksum.lv,
        400,
      ],
      [
        { personalCode: '12', reason: 'Lieta' },
        'personalCode',
        registerErrors.personal_code_length.lv,
        400,
      ],
      [
        { personalCode: '010101-10006', reason: 'Lieta' },
        'personalCode',
        registerErrors.person_not_found.lv,
        404,
      ],
      [
        { personalCode: me.personalCode, reason: ' ' },
        'reason',
        dataUseErrors.view_reason_required.lv,
        400,
      ],
    ] as const;
    for (const [fields, field, message, status] of cases) {
      const res = await post(STAFF, officer, fields);
      expect(res.statusCode, message).toBe(status);
      expect(res.body).toContain('class="error-summary"');
      expect(res.body).toContain(`href="#${field}"`);
      expect(res.body).toContain(message);
      expect(res.body).toContain(`value="${fields.personalCode}"`);
    }
    expect(await auditCount('data_use.viewed_by_staff')).toBe(before);
  });
});

describe('who may use what', () => {
  it('refuses everyone but the signed-in resident on the resident’s pages', async () => {
    now = new Date('2026-04-04T10:00:00Z');
    const orgUser = await orgUserSession(t.db, clock, { organisationId: alfa.id });
    const pdpUser = await orgUserSession(t.db, clock, {
      organisationId: alfa.id,
      role: 'pdp_user',
    });
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const agent = await staffSession(t.db, clock, 'ic_agent');
    // The list and the proof of inclusion of one of its rows.
    for (const url of [PAGE, `${PAGE}/ieraksti/${rows.january}/pieradijums`]) {
      for (const who of [orgUser, pdpUser, officer, agent]) {
        const res = await get(url, who, 'application/json');
        expect(res.statusCode, url).toBe(403);
        expect(res.json()).toMatchObject({ code: 'forbidden' });
      }
      expect((await get(url, null, 'application/json')).statusCode).toBe(401);
    }
    const anonymous = await get(PAGE, null);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/pieteikties?atpakal=%2Fkas-izmantoja-manus-datus');
  });

  it('refuses residents, organisation users, Information Centre agents and visitors on every staff route', async () => {
    now = new Date('2026-04-05T10:00:00Z');
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const view = await openView(officer, me.personalCode);
    const row = `${view}/ieraksti/${rows.january}`;
    const resident = await residentOf(me);
    const orgUser = await orgUserSession(t.db, clock, {
      organisationId: alfa.id,
      responsible: true,
    });
    const agent = await staffSession(t.db, clock, 'ic_agent');
    const before = { holds: await holds(), views: await auditCount('data_use.viewed_by_staff') };
    const fields = {
      personalCode: me.personalCode,
      reason: 'Lieta',
      hiddenUntil: '2026-06-01',
      holdReason: 'Lieta',
    };
    const routes: [string, string][] = [
      ['GET', STAFF],
      ['POST', STAFF],
      ['GET', view],
      ['GET', row],
      ['POST', `${row}/slept`],
      ['POST', `${row}/atcelt`],
    ];
    for (const [method, url] of routes) {
      const call = (who: Who | null) =>
        method === 'GET'
          ? get(url, who, 'application/json')
          : post(url, who, fields, 'application/json');
      for (const [who, status, code] of [
        [resident, 403, 'forbidden'],
        [orgUser, 403, 'forbidden'],
        [agent, 403, 'role_required'],
        [null, 401, 'unauthenticated'],
      ] as const) {
        const res = await call(who);
        expect(res.statusCode, `${method} ${url}`).toBe(status);
        expect(res.json()).toMatchObject({ code });
      }
    }
    expect(await holds()).toEqual(before.holds);
    expect(await auditCount('data_use.viewed_by_staff')).toBe(before.views);
  });
});
