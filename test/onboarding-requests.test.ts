import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDecidedRequest } from '../src/onboarding/service.ts';
import type { Clock } from '../src/platform/time/riga.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';
import { formToken } from './support/forms.ts';

/**
 * Motivated access requests through the real app: the organisation's form and API, the deadline
 * in Latvian working days, clarification that stops the clock, and staff's per-scope decisions.
 */

/** A clock the tests set: the deadline is counted from the Riga date of each step. */
const clock = {
  at: Date.parse('2026-03-02T08:00:00Z'),
  now(): Date {
    return new Date(this.at);
  },
  set(iso: string): void {
    this.at = Date.parse(iso);
  },
} satisfies Clock & { at: number; set(iso: string): void };

let t: TestContext;

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

interface Who {
  cookie: string;
  csrf: string;
}

async function representative(
  organisationId?: number,
  role: 'representative' | 'pdp_user' = 'representative',
) {
  const org = organisationId ?? (await makeOrganisation(t.db)).id;
  const session = await orgUserSession(t.db, clock, { organisationId: org, role });
  return { ...session, organisationId: org };
}

const page = (url: string, who: Who | null) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: { accept: 'text/html', ...(who === null ? {} : { cookie: who.cookie }) },
  });

const form = (url: string, who: Who | null, fields: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: {
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
      ...(who === null ? {} : { cookie: who.cookie }),
    },
    payload: new URLSearchParams({
      _csrf: who?.csrf ?? 'none',
      ...(who === null ? {} : { _form: formToken(who.csrf) }),
      ...fields,
    }).toString(),
  });

const api = (method: 'GET' | 'POST', url: string, who: Who | null, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: {
      accept: 'application/json',
      ...(who === null ? {} : { cookie: who.cookie }),
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
  });

const GOOD_FORM = {
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

const GOOD_API = {
  scopes: [
    {
      scope: 'identity',
      legalBasisLaw: 'Fizisko personu reģistra likums',
      legalBasisArticle: '11. panta pirmā daļa',
      purpose: 'Klientu identitātes pārbaude',
    },
  ],
  environments: ['production'],
  pdpUsers: 0,
  systemConnections: 2,
  monitoring: false,
};

async function draftVia(who: Who, fields: Record<string, string> = GOOD_FORM): Promise<number> {
  const res = await form('/organizacijas/pieprasijumi/jauns', who, fields);
  expect(res.statusCode, res.body.slice(0, 400)).toBe(303);
  const id = /\/organizacijas\/pieprasijumi\/(\d+)\/parbaudit$/.exec(
    res.headers.location as string,
  )?.[1];
  if (id === undefined) throw new Error(`unexpected redirect ${String(res.headers.location)}`);
  return Number(id);
}

async function submitted(who: Who, fields: Record<string, string> = GOOD_FORM) {
  const id = await draftVia(who, fields);
  const res = await form(`/organizacijas/pieprasijumi/${id}/iesniegt`, who, {});
  expect(res.statusCode).toBe(303);
  const row = await t.db
    .selectFrom('access_requests')
    .select(['reference', 'deadline', 'status'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { id, reference: row.reference ?? '', deadline: row.deadline ?? '' };
}

async function mailsAbout(reference: string) {
  const rows = await t.db
    .selectFrom('jobs')
    .select('payload')
    .where('kind', '=', 'mail.send')
    .execute();
  return rows
    .map(
      (r) =>
        (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as {
          to: string;
          subject: string;
          text: string;
          reference?: string;
        },
    )
    .filter((p) => p.reference === reference);
}

const countRequests = async () =>
  (
    await t.db
      .selectFrom('access_requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  }
  return [];
}

describe('the organisation’s request in the browser', () => {
  it('keeps a draft, shows the answers to check, submits with a reference and a 30-working-day deadline', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const me = await representative();
    const id = await draftVia(me);
    const check = await page(`/organizacijas/pieprasijumi/${id}/parbaudit`, me);
    expect(check.statusCode).toBe(200);
    expect(check.body).toContain('Pārbaudiet pieprasījumu pirms iesniegšanas');
    expect(check.body).toContain('Personas identitāte');
    expect(check.body).toContain('Kredītiestāžu likums, 62. pants');
    expect(check.body).toContain(`/organizacijas/pieprasijumi/${id}/labot#law_addresses`);
    expect(check.body).toContain('Mainīt');

    const edit = await page(`/organizacijas/pieprasijumi/${id}/labot`, me);
    expect(edit.body).toContain('value="Kredītiestāžu likums"');
    const changed = await form(`/organizacijas/pieprasijumi/${id}/labot`, me, {
      ...GOOD_FORM,
      pdpUsers: '4',
    });
    expect(changed.headers.location).toBe(`/organizacijas/pieprasijumi/${id}/parbaudit`);

    const submit = await form(`/organizacijas/pieprasijumi/${id}/iesniegt`, me, {});
    expect(submit.headers.location).toBe(`/organizacijas/pieprasijumi/${id}/iesniegts`);
    const row = await t.db
      .selectFrom('access_requests')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.reference).toMatch(/^PP-2026-\d{6}$/);
    expect(row).toMatchObject({ status: 'submitted', pdp_users: 4, submitted_by: me.orgUserId });
    // Monday 2 March 2026 + 30 working days, Good Friday and Easter Monday skipped.
    expect(row.deadline).toBe('2026-04-15');
    const done = await page(`/organizacijas/pieprasijumi/${id}/iesniegts`, me);
    expect(done.body).toContain(row.reference);
    // After "līdz" the month stands in the dative.
    expect(done.body).toContain('Atbildi sniegsim līdz 2026. gada 15. aprīlim');

    const events = await t.db
      .selectFrom('access_request_events')
      .selectAll()
      .where('request_id', '=', id)
      .execute();
    expect(events).toMatchObject([
      { kind: 'submitted', side: 'organisation', deadline_after: '2026-04-15' },
    ]);
    const mails = await mailsAbout(row.reference ?? '');
    const org = await t.db
      .selectFrom('organisations')
      .select('email')
      .where('id', '=', me.organisationId)
      .executeTakeFirstOrThrow();
    const user = await t.db
      .selectFrom('org_users')
      .select('email')
      .where('id', '=', me.orgUserId)
      .executeTakeFirstOrThrow();
    expect(mails.map((m) => m.to).sort()).toEqual([org.email, user.email].sort());
    expect(mails[0]?.text).toContain('līdz 2026. gada 15. aprīlim');

    const list = await page('/organizacijas/pieprasijumi', me);
    expect(list.body).toContain(row.reference);
    expect(list.body).toContain('30 darba dienas');

    // Submitted means fixed: no edit, no second submission.
    expect((await page(`/organizacijas/pieprasijumi/${id}/labot`, me)).statusCode).toBe(409);
    expect((await form(`/organizacijas/pieprasijumi/${id}/iesniegt`, me, {})).statusCode).toBe(409);
  });

  it('refuses bad input with the field named and the input kept, and stores nothing', async () => {
    const me = await representative();
    const before = await countRequests();
    const cases: [Record<string, string>, string][] = [
      [
        { ...GOOD_FORM, scope_identity: '', scope_addresses: '' },
        'Izvēlieties vismaz vienu datu apjomu.',
      ],
      [{ ...GOOD_FORM, law_identity: ' ' }, 'norādiet likumu un tā pantu'],
      [{ ...GOOD_FORM, article_addresses: '' }, 'norādiet likumu un tā pantu'],
      [{ ...GOOD_FORM, purpose_addresses: '' }, 'norādiet datu izmantošanas mērķi'],
      [{ ...GOOD_FORM, env_test: '', env_production: '' }, 'Izvēlieties vismaz vienu vidi'],
      [{ ...GOOD_FORM, pdpUsers: '1001' }, 'no 0 līdz 1000'],
      [{ ...GOOD_FORM, systemConnections: '-1' }, 'no 0 līdz 100.'],
      [{ ...GOOD_FORM, monitoringPersons: '' }, 'Uzraudzīto personu skaitam'],
      [{ ...GOOD_FORM, monitoring: '' }, 'Norādiet, vai būs nepieciešama'],
    ];
    for (const [fields, message] of cases) {
      const res = await form('/organizacijas/pieprasijumi/jauns', me, fields);
      expect(res.statusCode, message).toBe(400);
      expect(res.body).toContain('class="error-summary"');
      expect(res.body).toContain(message);
      expect(res.body).toContain('value="Kredītiestāžu likums"');
    }
    expect(await countRequests()).toBe(before);
  });
});

describe('the organisation API', () => {
  it('creates and submits in one call, lists, reads, and tells the deadline', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const me = await representative();
    const res = await api('POST', '/api/organisation/v1/access-requests', me, GOOD_API);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<{
      reference: string;
      deadline: string;
      status: string;
      workingDaysLeft: number;
    }>();
    expect(body).toMatchObject({
      status: 'submitted',
      deadline: '2026-04-15',
      workingDaysLeft: 30,
    });
    expect(body.reference).toMatch(/^PP-2026-\d{6}$/);
    expect(keysOf(res.json()).filter((k) => k.includes('_'))).toEqual([]);
    expect((await mailsAbout(body.reference)).length).toBe(2);

    const list = await api('GET', '/api/organisation/v1/access-requests', me);
    expect(list.json<{ items: { reference: string }[] }>().items.map((i) => i.reference)).toEqual([
      body.reference,
    ]);
    const one = await api('GET', `/api/organisation/v1/access-requests/${body.reference}`, me);
    expect(one.json()).toMatchObject({
      reference: body.reference,
      scopes: [{ scope: 'identity', decision: 'pending' }],
    });
    const deadline = await api(
      'GET',
      `/api/organisation/v1/access-requests/${body.reference}/deadline`,
      me,
    );
    expect(deadline.json()).toMatchObject({
      deadline: '2026-04-15',
      clockStopped: false,
      workingDaysLeft: 30,
    });

    // A draft (kept from the browser) has no deadline yet.
    const draft = await draftVia(me);
    const none = await api('GET', `/api/organisation/v1/access-requests/${draft}/deadline`, me);
    expect(none.statusCode).toBe(409);
    expect(none.json()).toMatchObject({ code: 'request_not_submitted' });
  });

  it('answers each problem with its stable code and stores nothing', async () => {
    const me = await representative();
    const before = await countRequests();
    const scope = GOOD_API.scopes[0];
    const cases: [unknown, string][] = [
      [{ ...GOOD_API, scopes: [] }, 'scope_required'],
      [{ ...GOOD_API, scopes: [{ ...scope, legalBasisLaw: '' }] }, 'legal_basis_missing'],
      [{ ...GOOD_API, scopes: [{ ...scope, legalBasisArticle: '  ' }] }, 'legal_basis_missing'],
      [{ ...GOOD_API, scopes: [{ ...scope, purpose: '' }] }, 'purpose_missing'],
      [{ ...GOOD_API, environments: [] }, 'environment_required'],
      [{ ...GOOD_API, pdpUsers: 1001 }, 'pdp_users_invalid'],
      [{ ...GOOD_API, systemConnections: 101 }, 'system_connections_invalid'],
      [{ ...GOOD_API, monitoring: true }, 'monitoring_persons_invalid'],
      [{ ...GOOD_API, scopes: [{ ...scope, scope: 'biometrics' }] }, 'validation_failed'],
      [{ ...GOOD_API, extra: 1 }, 'validation_failed'],
    ];
    for (const [payload, code] of cases) {
      const res = await api('POST', '/api/organisation/v1/access-requests', me, payload);
      expect(res.statusCode, code).toBe(400);
      expect(res.json<{ code: string }>().code).toBe(code);
    }
    expect(await countRequests()).toBe(before);
    const missing = await api('GET', '/api/organisation/v1/access-requests/PP-2026-999999', me);
    expect(missing.json()).toMatchObject({ code: 'request_not_found' });
  });

  it('declares the session cookie in the API document', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const spec = doc.json<{
      components: { securitySchemes: Record<string, unknown> };
      paths: Record<
        string,
        Record<string, { security?: unknown; responses: Record<string, unknown> }>
      >;
    }>();
    expect(spec.components.securitySchemes.organisationSession).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
    });
    const post = spec.paths['/api/organisation/v1/access-requests']?.post;
    expect(post?.security).toEqual([{ organisationSession: [] }]);
    expect(Object.keys(post?.responses ?? {})).toContain('201');
  });
});

describe('clarification and decisions', () => {
  it('stops the clock while the organisation clarifies, and moves the deadline by the days waited', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const me = await representative();
    const r = await submitted(me);
    expect(r.deadline).toBe('2026-04-15');
    clock.set('2026-03-04T09:00:00Z'); // Wednesday
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const asked = await form(`/darbinieki/pieprasijumi/${r.reference}/precizet`, officer, {
      question: 'Lūdzu, precizējiet, kuram līgumam adreses vajadzīgas.',
    });
    expect(asked.statusCode).toBe(303);
    const mails = await mailsAbout(r.reference);
    expect(mails.some((m) => m.subject.includes('lūdzam precizēt'))).toBe(true);
    const meNow = await representative(me.organisationId);
    const waiting = await page(`/organizacijas/pieprasijumi/${r.id}`, meNow);
    expect(waiting.body).toContain('kuram līgumam adreses vajadzīgas');
    expect(waiting.body).toContain('name="answer"');
    const stopped = await api(
      'GET',
      `/api/organisation/v1/access-requests/${r.reference}/deadline`,
      meNow,
    );
    expect(stopped.json()).toMatchObject({ clockStopped: true, status: 'clarification' });
    // Staff cannot decide while they wait, nor ask twice.
    const early = await form(`/darbinieki/pieprasijumi/${r.reference}/lemums`, officer, {
      scope: 'identity',
      decision_identity: 'approved',
      reason_identity: 'Pamatots.',
    });
    expect(early.statusCode).toBe(409);

    clock.set('2026-03-09T10:00:00Z'); // the next Monday: Thursday, Friday and Monday waited
    const again = await representative(me.organisationId);
    const empty = await form(`/organizacijas/pieprasijumi/${r.id}/precizejums`, again, {
      answer: ' ',
    });
    expect(empty.statusCode).toBe(400);
    const answered = await form(`/organizacijas/pieprasijumi/${r.id}/precizejums`, again, {
      answer: 'Patēriņa kredīta līgumiem.',
    });
    expect(answered.statusCode).toBe(303);
    const row = await t.db
      .selectFrom('access_requests')
      .select(['status', 'deadline'])
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'submitted', deadline: '2026-04-20' });
    const event = await t.db
      .selectFrom('access_request_events')
      .select(['body', 'deadline_after'])
      .where('request_id', '=', r.id)
      .where('kind', '=', 'clarification_answered')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ body: 'Patēriņa kredīta līgumiem.', deadline_after: '2026-04-20' });
    const deadline = await api(
      'GET',
      `/api/organisation/v1/access-requests/${r.reference}/deadline`,
      again,
    );
    expect(deadline.json()).toMatchObject({
      deadline: '2026-04-20',
      changes: [
        { deadlineAfter: '2026-04-15' },
        { kind: 'clarification_answered', deadlineAfter: '2026-04-20' },
      ],
    });
    const officerNow = await staffSession(t.db, clock, 'pmlp_officer');
    const staffView = await page(`/darbinieki/pieprasijumi/${r.reference}`, officerNow);
    expect(staffView.body).toContain('2026. gada 20. aprīlis');
    expect(staffView.body).toContain('Patēriņa kredīta līgumiem.');
    // Answering twice is refused.
    const twice = await form(`/organizacijas/pieprasijumi/${r.id}/precizejums`, again, {
      answer: 'Vēlreiz.',
    });
    expect(twice.statusCode).toBe(409);
  });

  it('decides scope by scope with reasons, once each, and mails every outcome', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const me = await representative();
    const r = await submitted(me);
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const url = `/darbinieki/pieprasijumi/${r.reference}/lemums`;
    const noReason = await form(url, officer, {
      scope: 'identity',
      decision_identity: 'approved',
      reason_identity: '',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Norādiet lēmuma pamatojumu');
    const noChoice = await form(url, officer, { scope: 'identity', reason_identity: 'Pamatots.' });
    expect(noChoice.body).toContain('Izvēlieties lēmumu');
    const notAsked = await form(url, officer, {
      scope: 'death',
      decision_death: 'approved',
      reason_death: 'x',
    });
    expect(notAsked.statusCode).toBe(400);

    expect(
      (
        await form(url, officer, {
          scope: 'identity',
          decision_identity: 'approved',
          reason_identity: 'Tiesiskais pamats atbilst.',
        })
      ).statusCode,
    ).toBe(303);
    expect(await findDecidedRequest(t.db, r.id)).toBeNull();
    const second = await form(url, officer, {
      scope: 'identity',
      decision_identity: 'refused',
      reason_identity: 'Pārdomāts.',
    });
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('scope_already_decided');
    let row = await t.db
      .selectFrom('access_requests')
      .select(['status', 'decided_at'])
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'submitted', decided_at: null });

    clock.set('2026-03-03T08:00:00Z');
    const officer2 = await staffSession(t.db, clock, 'pmlp_officer');
    expect(
      (
        await form(url, officer2, {
          scope: 'addresses',
          decision_addresses: 'refused',
          reason_addresses: 'Mērķim pietiek ar identitāti.',
        })
      ).statusCode,
    ).toBe(303);
    row = await t.db
      .selectFrom('access_requests')
      .select(['status', 'decided_at'])
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'decided', decided_at: new Date('2026-03-03T08:00:00Z') });
    const decision = (await mailsAbout(r.reference)).find((m) => m.subject.startsWith('Lēmums'));
    expect(decision?.text).toContain(
      'Personas identitāte: apstiprināts. Tiesiskais pamats atbilst.',
    );
    expect(decision?.text).toContain('Adreses: atteikts. Mērķim pietiek ar identitāti.');
    const decided = await findDecidedRequest(t.db, r.id);
    expect(decided).toMatchObject({
      reference: r.reference,
      environments: ['test', 'production'],
      pdpUsers: 3,
      monitoringPersons: 5000,
      approvedScopes: [
        {
          scope: 'identity',
          legalBasisLaw: 'Fizisko personu reģistra likums',
          legalBasisArticle: '11. panta pirmā daļa',
        },
      ],
    });
    const theirs = await page(
      `/organizacijas/pieprasijumi/${r.id}`,
      await representative(me.organisationId),
    );
    expect(theirs.body).toContain('Mērķim pietiek ar identitāti.');
    expect(theirs.body).toContain('Lēmums pieņemts');
    const after = await form(`/darbinieki/pieprasijumi/${r.reference}/precizet`, officer2, {
      question: 'Vēl?',
    });
    expect(after.statusCode).toBe(409);
  });

  it('queues open requests by deadline, with the overdue and this week’s filters', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const me = await representative();
    const late = await submitted(me);
    const soon = await submitted(me);
    const later = await submitted(me);
    await t.db
      .updateTable('access_requests')
      .set({ deadline: '2026-03-20' })
      .where('id', '=', late.id)
      .execute();
    await t.db
      .updateTable('access_requests')
      .set({ deadline: '2026-03-29' })
      .where('id', '=', soon.id)
      .execute();
    clock.set('2026-03-25T08:00:00Z'); // Wednesday; the week ends on Sunday 29 March
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const all = await page('/darbinieki/pieprasijumi', officer);
    const order = [late, soon, later].map((r) => all.body.indexOf(r.reference));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(all.body).toContain('nokavēts par 3 darba dienām');
    const overdue = await page('/darbinieki/pieprasijumi?filtrs=nokaveti', officer);
    expect(overdue.body).toContain(late.reference);
    expect(overdue.body).not.toContain(soon.reference);
    const week = await page('/darbinieki/pieprasijumi?filtrs=sonedel', officer);
    expect(week.body).toContain(soon.reference);
    expect(week.body).not.toContain(late.reference);
    expect(week.body).not.toContain(later.reference);
  });
});

describe('the working-day calendar page', () => {
  it('adds a transferred Saturday, refuses a weekday working day and a duplicate', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const seeded = await page('/darbinieki/kalendars', officer);
    expect(seeded.body).toContain('MK 10.06.2025.');
    const weekday = await form('/darbinieki/kalendars', officer, {
      day: '2027-05-04',
      kind: 'working_day',
      note: 'MK rīkojums',
    });
    expect(weekday.statusCode).toBe(400);
    expect(weekday.body).toContain('var būt tikai sestdiena vai svētdiena');
    const bad = await form('/darbinieki/kalendars', officer, {
      day: '2027-02-30',
      kind: 'holiday',
      note: '',
    });
    expect(bad.body).toContain('Ievadiet datumu formātā GGGG-MM-DD.');
    expect(bad.body).toContain('Norādiet pamatojumu');
    const ok = await form('/darbinieki/kalendars', officer, {
      day: '2027-05-08',
      kind: 'working_day',
      note: 'MK rīkojums Nr. 1',
    });
    expect(ok.statusCode, ok.body.slice(0, 300)).toBe(303);
    const dup = await form('/darbinieki/kalendars', officer, {
      day: '2027-05-08',
      kind: 'holiday',
      note: 'Cits',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.body).toContain('Šim datumam izņēmums jau ir ierakstīts.');
    const rows = await t.db
      .selectFrom('calendar_exceptions')
      .selectAll()
      .where('day', '>=', '2027-01-01')
      .execute();
    expect(rows).toEqual([{ day: '2027-05-08', kind: 'working_day', note: 'MK rīkojums Nr. 1' }]);
  });
});

describe('who may do what', () => {
  it('refuses anonymous callers, browser users, other organisations and staff on the organisation routes', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const owner = await representative();
    const r = await submitted(owner);
    const draft = await draftVia(owner);
    const other = await representative();
    const browserUser = await representative(owner.organisationId, 'pdp_user');
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const before = await countRequests();
    const pages = [
      '/organizacijas/pieprasijumi',
      '/organizacijas/pieprasijumi/jauns',
      `/organizacijas/pieprasijumi/${r.id}`,
      `/organizacijas/pieprasijumi/${r.id}/iesniegts`,
      `/organizacijas/pieprasijumi/${draft}/labot`,
      `/organizacijas/pieprasijumi/${draft}/parbaudit`,
    ];
    const posts: [string, Record<string, string>][] = [
      ['/organizacijas/pieprasijumi/jauns', GOOD_FORM],
      [`/organizacijas/pieprasijumi/${draft}/labot`, GOOD_FORM],
      [`/organizacijas/pieprasijumi/${draft}/iesniegt`, {}],
      [`/organizacijas/pieprasijumi/${r.id}/precizejums`, { answer: 'x' }],
    ];
    for (const url of pages) {
      const anonymous = await page(url, null);
      expect(anonymous.statusCode, url).toBe(303);
      expect(anonymous.headers.location, url).toMatch(/^\/organizacijas\/pieteikties/);
      expect((await page(url, browserUser)).statusCode, url).toBe(403);
      expect((await page(url, officer)).statusCode, url).toBe(403);
    }
    for (const url of pages.slice(2)) {
      expect((await page(url, other)).statusCode, url).toBe(404);
    }
    expect((await page('/organizacijas/pieprasijumi', other)).body).not.toContain(r.reference);
    for (const [url, fields] of posts) {
      expect((await form(url, null, fields)).statusCode, url).toBe(401);
      expect((await form(url, browserUser, fields)).statusCode, url).toBe(403);
      expect((await form(url, officer, fields)).statusCode, url).toBe(403);
      if (url !== '/organizacijas/pieprasijumi/jauns') {
        expect((await form(url, other, fields)).statusCode, url).toBe(404);
      }
    }
    const apis: ['GET' | 'POST', string][] = [
      ['POST', '/api/organisation/v1/access-requests'],
      ['GET', '/api/organisation/v1/access-requests'],
      ['GET', `/api/organisation/v1/access-requests/${r.reference}`],
      ['GET', `/api/organisation/v1/access-requests/${r.reference}/deadline`],
    ];
    for (const [method, url] of apis) {
      const body = method === 'POST' ? GOOD_API : undefined;
      expect((await api(method, url, null, body)).json(), url).toMatchObject({
        code: 'unauthenticated',
      });
      expect((await api(method, url, browserUser, body)).json(), url).toMatchObject({
        code: 'forbidden',
      });
      expect((await api(method, url, officer, body)).json(), url).toMatchObject({
        code: 'forbidden',
      });
    }
    expect(
      (await api('GET', `/api/organisation/v1/access-requests/${r.reference}`, other)).statusCode,
    ).toBe(404);
    expect(
      (await api('GET', `/api/organisation/v1/access-requests/${draft}/deadline`, other))
        .statusCode,
    ).toBe(404);
    expect((await api('GET', '/api/organisation/v1/access-requests', other)).json()).toEqual({
      items: [],
    });
    expect(await countRequests()).toBe(before);
    const row = await t.db
      .selectFrom('access_requests')
      .select('status')
      .where('id', '=', draft)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('draft');
  });

  it('refuses organisations, Information Centre staff and anonymous callers on the staff routes', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const owner = await representative();
    const r = await submitted(owner);
    const agent = await staffSession(t.db, clock, 'ic_agent');
    const pages = [
      '/darbinieki/pieprasijumi',
      `/darbinieki/pieprasijumi/${r.reference}`,
      '/darbinieki/kalendars',
    ];
    const posts: [string, Record<string, string>][] = [
      [`/darbinieki/pieprasijumi/${r.reference}/precizet`, { question: 'Kāpēc?' }],
      [
        `/darbinieki/pieprasijumi/${r.reference}/lemums`,
        { scope: 'identity', decision_identity: 'approved', reason_identity: 'Jā.' },
      ],
      ['/darbinieki/kalendars', { day: '2027-06-05', kind: 'working_day', note: 'x' }],
    ];
    for (const url of pages) {
      expect((await page(url, null)).headers.location, url).toMatch(/^\/darbinieki\/pieteikties/);
      const refused = await page(url, agent);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.body).toContain('role_required');
      expect((await page(url, owner)).statusCode, url).toBe(403);
    }
    for (const [url, fields] of posts) {
      expect((await form(url, null, fields)).statusCode, url).toBe(401);
      expect((await form(url, agent, fields)).statusCode, url).toBe(403);
      expect((await form(url, owner, fields)).statusCode, url).toBe(403);
    }
    const row = await t.db
      .selectFrom('access_requests')
      .select('status')
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('submitted');
    const scopes = await t.db
      .selectFrom('access_request_scopes')
      .select('decision')
      .where('request_id', '=', r.id)
      .execute();
    expect(scopes.every((s) => s.decision === 'pending')).toBe(true);
    const exception = await t.db
      .selectFrom('calendar_exceptions')
      .select('day')
      .where('day', '=', '2027-06-05')
      .executeTakeFirst();
    expect(exception).toBeUndefined();
  });
});
