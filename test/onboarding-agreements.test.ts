import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementsInForce } from '../src/agreements/service.ts';
import type { Clock } from '../src/platform/time/riga.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { draftFromRequest, formPost } from './support/agreement-forms.ts';
import { makePerson } from './support/factories.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { makeDecidedRequest } from './support/requests.ts';
import { staffSession } from './support/staff.ts';
import { activeConnection } from './support/system-client.ts';

/** A clock the tests move, so a termination from a later day can be watched taking effect. */
const clock = {
  at: Date.parse('2026-11-24T10:00:00Z'),
  now(): Date {
    return new Date(this.at);
  },
} satisfies Clock & { at: number };

let t: TestContext;
type Session = { cookie: string; csrf: string };
let officer: Session & { staffId: number };
let orgA: { id: number; registrationNumber: string; name: string };
let repA: Session & { orgUserId: number };

beforeAll(async () => {
  t = await createTestApp({ clock });
  officer = await staffSession(t.db, clock, 'pmlp_officer');
  orgA = await makeOrganisation(t.db, { name: 'SIA "Līgumu Banka"' });
  repA = await orgUserSession(t.db, clock, { organisationId: orgA.id, name: 'Anna Pārstāve' });
});
afterAll(async () => {
  await t.close();
});

const get = (url: string, who: Session | null, accept = 'text/html') =>
  t.app.inject({
    method: 'GET',
    url,
    headers: { accept, ...(who === null ? {} : { cookie: who.cookie }) },
  });

async function counts(reference: string) {
  const a = await t.db
    .selectFrom('agreements')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
  const n = async (table: 'agreement_versions' | 'agreement_comments' | 'agreement_approvals') => {
    const row = await t.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('agreement_id', '=', a.id)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    status: a.status,
    concludedVersion: a.concluded_version,
    versions: await n('agreement_versions'),
    comments: await n('agreement_comments'),
    approvals: await n('agreement_approvals'),
  };
}

async function mailsTo(address: string, reference: string): Promise<string[]> {
  const rows = await t.db
    .selectFrom('jobs')
    .select('payload')
    .where('kind', '=', 'mail.send')
    .execute();
  return rows
    .map(
      (r) =>
        (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as Record<
          string,
          string
        >,
    )
    .filter((p) => p.to === address && p.reference === reference)
    .map((p) => p.subject ?? '');
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

/** Drafts, lets the organisation write version 2, and both approve it. */
async function concludedAgreement(
  organisationId: number,
  rep: Session,
  permissions: { responsibleCreatesUsers?: boolean; criteriaSearch?: boolean } = {},
): Promise<string> {
  const request = await makeDecidedRequest(t.db, { organisationId });
  const reference = await draftFromRequest(t.app, officer, request.reference, {
    validFrom: '2026-11-24',
    ...permissions,
  });
  const base = `/organizacijas/ligumi/${reference}`;
  const v1 = await t.db
    .selectFrom('agreement_versions')
    .innerJoin('agreements', 'agreements.id', 'agreement_versions.agreement_id')
    .select('body')
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
  expect(
    (await formPost(t.app, `${base}/versijas`, rep, { body: `${v1.body}\n6. Papildu punkts.` }))
      .statusCode,
  ).toBe(303);
  expect(
    (
      await formPost(t.app, `/darbinieki/ligumi/${reference}/apstiprinat`, officer, {
        version: '2',
      })
    ).statusCode,
  ).toBe(303);
  const last = await formPost(t.app, `${base}/apstiprinat`, rep, { version: '2' });
  expect(last.headers.location).toBe(`${base}?pazinojums=noslegts`);
  return reference;
}

describe('drafting an agreement from a decided request', () => {
  it('shows the request, drafts version 1 from the template, tells the organisation and audits', async () => {
    const request = await makeDecidedRequest(t.db, {
      organisationId: orgA.id,
      approved: ['identity', 'addresses'],
      refused: ['relatives'],
      pdpUsers: 4,
      systemConnections: 2,
      monitoringPersons: 1500,
    });
    const page = await get(`/darbinieki/ligumi/jauns?pieprasijums=${request.reference}`, officer);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Personas identitāte');
    expect(page.body).toContain('Nav pamatots mērķis');
    const list = await get('/darbinieki/ligumi', officer);
    expect(list.body).toContain(`/darbinieki/ligumi/jauns?pieprasijums=${request.reference}`);

    const reference = await draftFromRequest(t.app, officer, request.reference, {
      validFrom: '2026-12-01',
      validUntil: '2028-11-30',
    });
    expect(reference).toMatch(/^LIG-2026-\d{6}$/);
    const agreement = await t.db
      .selectFrom('agreements')
      .selectAll()
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    expect(agreement).toMatchObject({
      organisation_id: orgA.id,
      request_id: request.id,
      status: 'negotiating',
      environments: ['test', 'production'],
      pdp_users: 4,
      system_connections: 2,
      monitoring: true,
      monitoring_persons: 1500,
      valid_from: '2026-12-01',
      valid_until: '2028-11-30',
    });
    const grants = await t.db
      .selectFrom('agreement_grants')
      .select(['scope', 'legal_basis_law', 'purpose'])
      .where('agreement_id', '=', agreement.id)
      .orderBy('scope')
      .execute();
    expect(grants.map((g) => g.scope)).toEqual(['addresses', 'identity']);
    expect(grants[1]).toMatchObject({
      legal_basis_law: 'Fizisko personu reģistra likums',
      purpose: 'Klientu identifikācija (identity)',
    });
    const v1 = await t.db
      .selectFrom('agreement_versions')
      .selectAll()
      .where('agreement_id', '=', agreement.id)
      .executeTakeFirstOrThrow();
    expect(v1).toMatchObject({ number: 1, side: 'pmlp' });
    for (const part of [
      `LĪGUMS Nr. ${reference}`,
      'Pilsonības un migrācijas lietu pārvalde',
      `SIA "Līgumu Banka", reģistrācijas Nr. ${orgA.registrationNumber}, Brīvības iela 1, Rīga, LV-1010`,
      'Personas identitāte. Tiesiskais pamats: Fizisko personu reģistra likums, 11. panta pirmā daļa. Mērķis: Klientu identifikācija (identity).',
      'Adreses.',
      'Vides: testa vide, produkcijas vide.',
      'Personu datu pārlūka lietotāju skaits: 4; sistēmu savienojumu skaits: 2.',
      'līdz 1500 personām',
      // 6 users: 245.12 + 23.78; monitoring 1500: 42.69 + 14.23; per environment 325.82.
      'abonēšanas maksa EUR 268,90 (6 lietotāji), monitorings EUR 56,92; kopā EUR 325,82.',
      'Kopā mēnesī: EUR 651,64.',
      'Valsts nodeva EUR 2,00 par katru personu',
      'Līgums ir spēkā no 2026. gada 1. decembra līdz 2028. gada 30. novembrim.',
    ]) {
      expect(v1.body).toContain(part);
    }
    expect(v1.body).not.toContain('Radinieki');
    expect(await mailsTo(`org${orgA.registrationNumber}@example.lv`, reference)).toEqual([
      `Līguma projekts ${reference} / Draft agreement ${reference}`,
    ]);
    expect(await auditActions(orgA.id)).toContain('agreement.drafted');
  });

  it('refuses a request drafted already, one with nothing approved, and one not decided', async () => {
    const request = await makeDecidedRequest(t.db, { organisationId: orgA.id });
    const first = await draftFromRequest(t.app, officer, request.reference, {
      validFrom: '2026-11-24',
    });
    const fields = (reference: string) => ({ pieprasijums: reference, validFrom: '2026-11-24' });
    const again = await formPost(
      t.app,
      '/darbinieki/ligumi/jauns',
      officer,
      fields(request.reference),
      'application/json',
    );
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'agreement_exists' });
    expect(again.json<{ message: { lv: string } }>().message.lv).toContain(first);
    const refusedAll = await makeDecidedRequest(t.db, {
      organisationId: orgA.id,
      approved: [],
      refused: ['identity'],
    });
    const none = await formPost(
      t.app,
      '/darbinieki/ligumi/jauns',
      officer,
      fields(refusedAll.reference),
      'application/json',
    );
    expect(none.json()).toMatchObject({ code: 'nothing_approved' });
    expect(
      (
        await get(
          `/darbinieki/ligumi/jauns?pieprasijums=${refusedAll.reference}`,
          officer,
          'application/json',
        )
      ).json(),
    ).toMatchObject({ code: 'nothing_approved' });
    const open = await makeDecidedRequest(t.db, { organisationId: orgA.id, status: 'submitted' });
    const notDecided = await formPost(
      t.app,
      '/darbinieki/ligumi/jauns',
      officer,
      fields(open.reference),
      'application/json',
    );
    expect(notDecided.json()).toMatchObject({ code: 'request_not_decided' });
    // A start date in the past is a form error; the page keeps the input.
    const fresh = await makeDecidedRequest(t.db, { organisationId: orgA.id });
    const past = await formPost(t.app, '/darbinieki/ligumi/jauns', officer, {
      pieprasijums: fresh.reference,
      validFrom: '2026-11-01',
      validUntil: '',
    });
    expect(past.statusCode).toBe(400);
    expect(past.body).toContain('Ievadiet derīgu spēkā stāšanās datumu');
    expect(past.body).toContain('value="2026-11-01"');
    const rows = await t.db
      .selectFrom('agreements')
      .select('id')
      .where('request_id', 'in', [refusedAll.id, open.id, fresh.id])
      .execute();
    expect(rows).toEqual([]);
  });
});

describe('the permissions PMLP grants when drafting', () => {
  const PERMISSIONS = ['responsibleCreatesUsers', 'criteriaSearch'] as const;
  const tickedOn = (html: string, name: string) =>
    new RegExp(`name="${name}"[^>]*checked`).test(html);

  it('offers both unticked in two languages and keeps the ticks when the form comes back', async () => {
    const request = await makeDecidedRequest(t.db, { organisationId: orgA.id });
    const url = `/darbinieki/ligumi/jauns?pieprasijums=${request.reference}`;
    const page = await get(url, officer);
    expect(page.body).toContain(
      'Atbildīgais lietotājs drīkst pats pievienot Personu datu pārlūka lietotājus',
    );
    expect(page.body).toContain('Atļauta meklēšana pēc vārda, uzvārda un dzimšanas datuma');
    expect(PERMISSIONS.filter((name) => tickedOn(page.body, name))).toEqual([]);
    const english = await get(`${url}&lang=en`, officer);
    expect(english.body).toContain(
      'The responsible user may add Person Data Browser users without PMLP approval',
    );
    expect(english.body).toContain('Searching by given name, surname and birth date is allowed');

    const past = await formPost(t.app, '/darbinieki/ligumi/jauns', officer, {
      pieprasijums: request.reference,
      validFrom: '2026-11-01',
      responsibleCreatesUsers: 'yes',
      criteriaSearch: 'yes',
    });
    expect(past.statusCode).toBe(400);
    expect(PERMISSIONS.filter((name) => tickedOn(past.body, name))).toEqual(PERMISSIONS);
    const oneTicked = await formPost(t.app, '/darbinieki/ligumi/jauns', officer, {
      pieprasijums: request.reference,
      validFrom: '2026-11-01',
      criteriaSearch: 'yes',
    });
    expect(PERMISSIONS.filter((name) => tickedOn(oneTicked.body, name))).toEqual([
      'criteriaSearch',
    ]);
  });

  it('stores the ticks, writes them into the text and terms, and the API searches by name only when ticked', async () => {
    const person = await makePerson(t.db, { surname: 'Meklētā', birthDate: '1975-03-03' });
    const concludeFor = async (permissions: {
      responsibleCreatesUsers?: boolean;
      criteriaSearch?: boolean;
    }) => {
      // A public body: the search costs nothing, so only the permission decides.
      const org = await makeOrganisation(t.db, { legalForm: 'public' });
      const rep = await orgUserSession(t.db, clock, { organisationId: org.id });
      const reference = await concludedAgreement(org.id, rep, permissions);
      const system = await activeConnection(t, clock, org.id);
      const search = await t.app.inject({
        method: 'POST',
        url: '/api/v1/persons/search',
        headers: { authorization: `Bearer ${await system.token()}` },
        payload: {
          surname: 'Meklētā',
          birthDate: '1975-03-03',
          purpose: 'Klientu identifikācija (identity)',
          endUser: 'Lieta 2026/7',
        },
      });
      const row = await t.db
        .selectFrom('agreements')
        .selectAll()
        .where('reference', '=', reference)
        .executeTakeFirstOrThrow();
      const v1 = await t.db
        .selectFrom('agreement_versions')
        .select('body')
        .where('agreement_id', '=', row.id)
        .where('number', '=', 1)
        .executeTakeFirstOrThrow();
      const terms = (lang: string) => get(`/organizacijas/ligumi/${reference}?lang=${lang}`, rep);
      return {
        reference,
        rep,
        row,
        v1: v1.body,
        search,
        lv: await terms('lv'),
        en: await terms('en'),
      };
    };

    const ticked = await concludeFor({ responsibleCreatesUsers: true, criteriaSearch: true });
    expect(ticked.row).toMatchObject({ responsible_creates_users: true, criteria_search: true });
    expect(ticked.v1).toContain(
      '2.5. Saņēmēja atbildīgais lietotājs drīkst pats pievienot Personu datu pārlūka lietotājus bez PMLP saskaņojuma.',
    );
    expect(ticked.v1).toContain(
      '2.6. Atļauta personu meklēšana pēc vārda, uzvārda un dzimšanas datuma.',
    );
    expect(ticked.lv.body).toContain('atbildīgais lietotājs pats, bez PMLP saskaņojuma');
    expect(ticked.lv.body).toContain('<td>atļauta</td>');
    expect(ticked.en.body).toContain('the responsible user, without PMLP approval');
    expect(ticked.en.body).toContain('<td>allowed</td>');
    expect(ticked.search.statusCode).toBe(200);
    expect(
      ticked.search
        .json<{ persons: { personalCode: string }[] }>()
        .persons.map((p) => p.personalCode),
    ).toEqual([person.personalCode]);

    const unticked = await concludeFor({});
    expect(unticked.row).toMatchObject({
      responsible_creates_users: false,
      criteria_search: false,
    });
    expect(unticked.v1).toContain(
      '2.5. Personu datu pārlūka lietotājus pievieno ar PMLP saskaņojumu.',
    );
    expect(unticked.v1).toContain('2.6. Personas meklē tikai pēc personas koda;');
    expect(unticked.lv.body).toContain('<td>nav atļauta</td>');
    expect(unticked.en.body).toContain('<td>with PMLP approval</td>');
    expect(unticked.search.statusCode).toBe(403);
    expect(unticked.search.json()).toMatchObject({ code: 'criteria_search_not_allowed' });

    // An amendment starts from the amended agreement's permissions.
    const started = await formPost(
      t.app,
      `/organizacijas/ligumi/${ticked.reference}/grozijumi`,
      ticked.rep,
      {},
    );
    expect(started.statusCode).toBe(303);
    const amendment = await t.db
      .selectFrom('agreements')
      .select(['responsible_creates_users', 'criteria_search'])
      .where('amends_agreement_id', '=', ticked.row.id)
      .executeTakeFirstOrThrow();
    expect(amendment).toEqual({ responsible_creates_users: true, criteria_search: true });
  });
});

describe('negotiating in turns', () => {
  it('takes versions in turns, comments, compares, refuses an older approval, concludes, then is read-only', async () => {
    const request = await makeDecidedRequest(t.db, {
      organisationId: orgA.id,
      pdpUsers: 3,
      systemConnections: 0,
      monitoringPersons: null,
      environments: ['production'],
    });
    const reference = await draftFromRequest(t.app, officer, request.reference, {
      validFrom: '2026-11-24',
    });
    const orgBase = `/organizacijas/ligumi/${reference}`;
    const staffBase = `/darbinieki/ligumi/${reference}`;

    // The organisation sees the monthly fees before approving.
    const page = await get(orgBase, repA);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Maksa mēnesī');
    expect(page.body).toContain('EUR 245,12');
    expect(page.body).toContain('Rakstīt nākamo versiju');
    // PMLP wrote version 1: it is not PMLP's turn.
    const early = await formPost(
      t.app,
      `${staffBase}/versijas`,
      officer,
      { body: 'PMLP teksts' },
      'application/json',
    );
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'not_your_turn' });

    const v1 = (await counts(reference)).versions;
    expect(v1).toBe(1);
    const v1Body = await t.db
      .selectFrom('agreement_versions')
      .innerJoin('agreements', 'agreements.id', 'agreement_versions.agreement_id')
      .select('body')
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    const v2Body =
      v1Body.body.replace('uz nenoteiktu laiku', 'līdz 2029-12-31') +
      '\n6. Strīdus risina sarunu ceļā.';
    const empty = await formPost(t.app, `${orgBase}/versijas`, repA, { body: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Ievadiet līguma tekstu');
    const saved = await formPost(t.app, `${orgBase}/versijas`, repA, { body: v2Body });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${orgBase}?pazinojums=versija`);
    const twice = await formPost(
      t.app,
      `${orgBase}/versijas`,
      repA,
      { body: `${v2Body}\n7.` },
      'application/json',
    );
    expect(twice.json()).toMatchObject({ code: 'not_your_turn' });
    expect((await counts(reference)).versions).toBe(2);

    // Comments by both sides on any version.
    expect(
      (
        await formPost(t.app, `${orgBase}/komentari`, repA, {
          commentVersion: '1',
          comment: 'Lūdzu termiņu.',
        })
      ).statusCode,
    ).toBe(303);
    expect(
      (
        await formPost(t.app, `${staffBase}/komentari`, officer, {
          commentVersion: '2',
          comment: 'Piekrītam 6. punktam.',
        })
      ).statusCode,
    ).toBe(303);
    const blank = await formPost(t.app, `${staffBase}/komentari`, officer, {
      commentVersion: '2',
      comment: ' ',
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('Ievadiet komentāru');
    const version1 = await get(`${orgBase}/versijas/1`, repA);
    expect(version1.body).toContain('Lūdzu termiņu.');
    expect(version1.body).not.toContain('Piekrītam 6. punktam.');

    // The difference, marked for the eye and for screen readers.
    const diff = await get(`${staffBase}/salidzinat?no=1&lidz=2`, officer);
    expect(diff.statusCode).toBe(200);
    expect(diff.body).toMatch(
      /<del><span class="visually-hidden">\[dzēsts: <\/span>nenoteiktu laiku<span class="visually-hidden">]<\/span><\/del>/,
    );
    expect(diff.body).toMatch(
      /<ins><span class="visually-hidden">\[pievienots: <\/span>2029-12-31<span class="visually-hidden">]<\/span><\/ins>/,
    );
    expect(diff.body).toContain('6. Strīdus risina sarunu ceļā.');
    const english = await get(`${orgBase}/salidzinat?no=1&lidz=2&lang=en`, repA);
    expect(english.body).toContain('[added: ');
    expect(
      (await get(`${orgBase}/salidzinat?no=1&lidz=9`, repA, 'application/json')).json(),
    ).toMatchObject({ code: 'agreement_version_not_found' });

    // Only the latest version can be approved.
    const older = await formPost(
      t.app,
      `${staffBase}/apstiprinat`,
      officer,
      { version: '1' },
      'application/json',
    );
    expect(older.statusCode).toBe(409);
    expect(older.json()).toMatchObject({ code: 'version_not_latest' });
    expect((await counts(reference)).approvals).toBe(0);
    const staffApproves = await formPost(t.app, `${staffBase}/apstiprinat`, officer, {
      version: '2',
    });
    expect(staffApproves.headers.location).toBe(`${staffBase}?pazinojums=apstiprinats`);
    expect((await counts(reference)).status).toBe('negotiating');
    expect(await agreementsInForce(t.db, orgA.id, '2026-11-24')).toEqual([]);
    const orgApproves = await formPost(t.app, `${orgBase}/apstiprinat`, repA, { version: '2' });
    expect(orgApproves.headers.location).toBe(`${orgBase}?pazinojums=noslegts`);
    const concluded = await t.db
      .selectFrom('agreements')
      .select(['status', 'concluded_version', 'concluded_at'])
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    expect(concluded).toMatchObject({ status: 'concluded', concluded_version: 2 });
    expect(concluded.concluded_at?.toISOString()).toBe('2026-11-24T10:00:00.000Z');
    const inForce = await agreementsInForce(t.db, orgA.id, '2026-11-24');
    expect(inForce.map((a) => a.reference)).toEqual([reference]);
    expect(inForce[0]?.grants.map((g) => g.scope)).toEqual(['addresses', 'identity']);

    // Read-only now: nothing changes, with the stable code.
    const before = await counts(reference);
    expect(before).toMatchObject({ versions: 2, comments: 2, approvals: 2 });
    for (const [url, who, fields] of [
      [`${staffBase}/apstiprinat`, officer, { version: '2' }],
      [`${orgBase}/apstiprinat`, repA, { version: '2' }],
      [`${staffBase}/versijas`, officer, { body: 'Cits teksts' }],
      [`${orgBase}/komentari`, repA, { commentVersion: '2', comment: 'Vēl' }],
    ] as const) {
      const res = await formPost(t.app, url, who, fields, 'application/json');
      expect(res.statusCode, url).toBe(409);
      expect(res.json()).toMatchObject({ code: 'agreement_concluded' });
    }
    const asPage = await formPost(t.app, `${staffBase}/apstiprinat`, officer, { version: '2' });
    expect(asPage.statusCode).toBe(409);
    expect(asPage.body).toContain('Līgums ir noslēgts');
    expect(await counts(reference)).toEqual(before);
    const readOnly = await get(orgBase, repA);
    expect(readOnly.body).toContain('Noslēgtais teksts (2. versija)');
    expect(readOnly.body).not.toContain('action="' + `${orgBase}/apstiprinat`);
    expect(readOnly.body).not.toContain('Rakstīt nākamo versiju');

    // Each step told the other side, and was audited.
    const orgMail = await mailsTo(`org${orgA.registrationNumber}@example.lv`, reference);
    expect(orgMail).toContain(
      `Komentārs līgumam ${reference} / A comment on agreement ${reference}`,
    );
    expect(orgMail).toContain(
      `Līguma ${reference} 2. versija apstiprināta / Version 2 of ${reference} approved`,
    );
    const staffEmail = await t.db
      .selectFrom('staff_users')
      .select('email')
      .where('id', '=', officer.staffId)
      .executeTakeFirstOrThrow();
    const staffMail = await mailsTo(staffEmail.email, reference);
    expect(staffMail).toContain(
      `Līguma ${reference} 2. versija / Version 2 of agreement ${reference}`,
    );
    expect(staffMail).toContain(`Līgums ${reference} noslēgts / Agreement ${reference} concluded`);
    const actions = await auditActions(orgA.id);
    for (const action of [
      'agreement.version',
      'agreement.comment',
      'agreement.approval',
      'agreement.concluded',
    ]) {
      expect(actions).toContain(action);
    }
  });
});

describe('amendments and termination', () => {
  it('negotiates an amendment as a new agreement that supersedes the amended one when concluded', async () => {
    const original = await concludedAgreement(orgA.id, repA);
    const started = await formPost(t.app, `/organizacijas/ligumi/${original}/grozijumi`, repA, {});
    expect(started.statusCode).toBe(303);
    const amendment = /ligumi\/(LIG-\d{4}-\d{6})\?pazinojums=grozijumi$/.exec(
      String(started.headers.location),
    )?.[1];
    expect(amendment).toBeDefined();
    if (amendment === undefined) return;
    expect(amendment).not.toBe(original);
    const second = await formPost(
      t.app,
      `/darbinieki/ligumi/${original}/grozijumi`,
      officer,
      {},
      'application/json',
    );
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'amendment_exists' });

    const rows = await t.db
      .selectFrom('agreements')
      .selectAll()
      .where('reference', 'in', [original, amendment])
      .orderBy('id')
      .execute();
    expect(rows[1]).toMatchObject({ amends_agreement_id: rows[0]?.id, status: 'negotiating' });
    const texts = await t.db
      .selectFrom('agreement_versions')
      .select(['agreement_id', 'number', 'body', 'side'])
      .where(
        'agreement_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('agreement_id')
      .orderBy('number')
      .execute();
    const concludedText = texts.find((v) => v.agreement_id === rows[0]?.id && v.number === 2)?.body;
    expect(texts.filter((v) => v.agreement_id === rows[1]?.id)).toEqual([
      { agreement_id: rows[1]?.id, number: 1, body: concludedText, side: 'organisation' },
    ]);
    // The organisation wrote version 1 of the amendment: PMLP answers.
    const base = `/darbinieki/ligumi/${amendment}`;
    expect(
      (
        await formPost(t.app, `${base}/versijas`, officer, {
          body: `${concludedText ?? ''}\n7. Grozījums.`,
        })
      ).statusCode,
    ).toBe(303);
    expect(
      (await formPost(t.app, `${base}/apstiprinat`, officer, { version: '2' })).statusCode,
    ).toBe(303);
    expect(
      await agreementsInForce(t.db, orgA.id, '2026-11-24').then((a) => a.map((x) => x.reference)),
    ).toContain(original);
    expect(
      (
        await formPost(t.app, `/organizacijas/ligumi/${amendment}/apstiprinat`, repA, {
          version: '2',
        })
      ).statusCode,
    ).toBe(303);
    const after = await t.db
      .selectFrom('agreements')
      .select(['reference', 'status'])
      .where('reference', 'in', [original, amendment])
      .orderBy('id')
      .execute();
    expect(after).toEqual([
      { reference: original, status: 'superseded' },
      { reference: amendment, status: 'concluded' },
    ]);
    const inForce = (await agreementsInForce(t.db, orgA.id, '2026-11-24')).map((a) => a.reference);
    expect(inForce).toContain(amendment);
    expect(inForce).not.toContain(original);
    const superseded = await formPost(
      t.app,
      `/organizacijas/ligumi/${original}/grozijumi`,
      repA,
      {},
      'application/json',
    );
    expect(superseded.json()).toMatchObject({ code: 'agreement_closed' });
  });

  it('terminates from a day: in force until then, not from that day; bad input changes nothing', async () => {
    const org = await makeOrganisation(t.db, { legalForm: 'public' });
    const rep = await orgUserSession(t.db, clock, { organisationId: org.id });
    const reference = await concludedAgreement(org.id, rep);
    const url = `/darbinieki/ligumi/${reference}/izbeigt`;
    const past = await formPost(
      t.app,
      url,
      officer,
      { from: '2026-11-23', reason: 'Pārkāpums' },
      'application/json',
    );
    expect(past.json()).toMatchObject({ code: 'termination_date_past' });
    const noReason = await formPost(t.app, url, officer, { from: '2026-12-01', reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Norādiet līguma izbeigšanas iemeslu.');
    expect(noReason.body).toContain('value="2026-12-01"');
    const byOrg = await formPost(
      t.app,
      url,
      rep,
      { from: '2026-12-01', reason: 'Gribam' },
      'application/json',
    );
    expect(byOrg.statusCode).toBe(403);
    expect((await counts(reference)).status).toBe('concluded');

    const done = await formPost(t.app, url, officer, {
      from: '2026-12-01',
      reason: 'Zudis tiesiskais pamats',
    });
    expect(done.headers.location).toBe(`/darbinieki/ligumi/${reference}?pazinojums=izbeigts`);
    const row = await t.db
      .selectFrom('agreements')
      .select(['status', 'terminated_from', 'termination_reason'])
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      status: 'terminated',
      terminated_from: '2026-12-01',
      termination_reason: 'Zudis tiesiskais pamats',
    });
    expect((await agreementsInForce(t.db, org.id, '2026-11-30')).map((a) => a.reference)).toEqual([
      reference,
    ]);
    expect(await agreementsInForce(t.db, org.id, '2026-12-01')).toEqual([]);
    expect(await mailsTo(`org${org.registrationNumber}@example.lv`, reference)).toContain(
      `Līgums ${reference} izbeigts / Agreement ${reference} terminated`,
    );
    expect(await auditActions(org.id)).toContain('agreement.terminated');
    // An exempt organisation sees the list prices and the exemption.
    const page = await get(`/organizacijas/ligumi/${reference}?lang=en`, rep);
    expect(page.body).toContain('The organisation is exempt from fees');
    expect(page.body).toContain('Payable a month');
    expect(page.body).toContain('EUR 0.00');
  });
});

describe('who may see and act', () => {
  it('shows an organisation only its own agreements, and refuses everyone else on every route', async () => {
    const reference = await concludedAgreement(orgA.id, repA);
    const request = await makeDecidedRequest(t.db, { organisationId: orgA.id });
    const negotiating = await draftFromRequest(t.app, officer, request.reference, {
      validFrom: '2026-11-24',
    });
    const orgB = await makeOrganisation(t.db);
    const repB = await orgUserSession(t.db, clock, { organisationId: orgB.id });
    const pdpA = await orgUserSession(t.db, clock, { organisationId: orgA.id, role: 'pdp_user' });
    const agent = await staffSession(t.db, clock, 'ic_agent');

    const ownList = await get('/organizacijas/ligumi', repA);
    expect(ownList.body).toContain(reference);
    const otherList = await get('/organizacijas/ligumi', repB);
    expect(otherList.statusCode).toBe(200);
    expect(otherList.body).not.toContain(reference);
    expect(otherList.body).not.toContain(negotiating);

    const before = await counts(negotiating);
    const orgRoutes = (ref: string) =>
      [
        ['GET', `/organizacijas/ligumi/${ref}`, {}],
        ['GET', `/organizacijas/ligumi/${ref}/versijas/1`, {}],
        ['GET', `/organizacijas/ligumi/${ref}/salidzinat?no=1&lidz=1`, {}],
        ['POST', `/organizacijas/ligumi/${ref}/versijas`, { body: 'Svešs teksts' }],
        [
          'POST',
          `/organizacijas/ligumi/${ref}/komentari`,
          { commentVersion: '1', comment: 'Svešs' },
        ],
        ['POST', `/organizacijas/ligumi/${ref}/apstiprinat`, { version: '1' }],
        ['POST', `/organizacijas/ligumi/${ref}/grozijumi`, {}],
      ] as const;
    const staffRoutes = (ref: string) =>
      [
        ['GET', '/darbinieki/ligumi', {}],
        ['GET', `/darbinieki/ligumi/jauns?pieprasijums=${request.reference}`, {}],
        [
          'POST',
          '/darbinieki/ligumi/jauns',
          { pieprasijums: request.reference, validFrom: '2026-11-24' },
        ],
        ['GET', `/darbinieki/ligumi/${ref}`, {}],
        ['GET', `/darbinieki/ligumi/${ref}/versijas/1`, {}],
        ['GET', `/darbinieki/ligumi/${ref}/salidzinat?no=1&lidz=1`, {}],
        ['POST', `/darbinieki/ligumi/${ref}/versijas`, { body: 'Svešs teksts' }],
        ['POST', `/darbinieki/ligumi/${ref}/komentari`, { commentVersion: '1', comment: 'Svešs' }],
        ['POST', `/darbinieki/ligumi/${ref}/apstiprinat`, { version: '1' }],
        ['POST', `/darbinieki/ligumi/${ref}/grozijumi`, {}],
        ['POST', `/darbinieki/ligumi/${ref}/izbeigt`, { from: '2026-12-01', reason: 'x' }],
      ] as const;
    const call = (
      method: 'GET' | 'POST',
      url: string,
      who: Session | null,
      fields: Record<string, string>,
    ) =>
      method === 'GET'
        ? get(url, who, 'application/json')
        : formPost(t.app, url, who, fields, 'application/json');

    for (const ref of [negotiating, reference]) {
      for (const [method, url, fields] of orgRoutes(ref)) {
        const other = await call(method, url, repB, fields);
        expect([other.statusCode, other.json<{ code: string }>().code], `other org ${url}`).toEqual(
          [404, 'agreement_not_found'],
        );
        const pdp = await call(method, url, pdpA, fields);
        expect([pdp.statusCode, pdp.json<{ code: string }>().code], `pdp ${url}`).toEqual([
          403,
          'representative_required',
        ]);
        expect((await call(method, url, officer, fields)).statusCode, `staff ${url}`).toBe(403);
        expect((await call(method, url, null, fields)).statusCode, `anonymous ${url}`).toBe(401);
      }
      for (const [method, url, fields] of staffRoutes(ref)) {
        const ic = await call(method, url, agent, fields);
        expect([ic.statusCode, ic.json<{ code: string }>().code], `ic ${url}`).toEqual([
          403,
          'role_required',
        ]);
        expect((await call(method, url, repA, fields)).statusCode, `org ${url}`).toBe(403);
        expect((await call(method, url, null, fields)).statusCode, `anonymous ${url}`).toBe(401);
      }
    }
    const list = await get('/organizacijas/ligumi', pdpA, 'application/json');
    expect(list.json()).toMatchObject({ code: 'representative_required' });
    expect((await get('/organizacijas/ligumi', null, 'application/json')).statusCode).toBe(401);
    expect(await counts(negotiating)).toEqual(before);
    const drafted = await t.db
      .selectFrom('agreements')
      .select('id')
      .where('request_id', '=', request.id)
      .execute();
    expect(drafted).toHaveLength(1);
  });
});
