import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDP_SEARCHES_PER_MINUTE } from '../src/access/pdp-routes.tsx';
import { balanceOf, recordDeposit } from '../src/billing/service.ts';
import { loadConfig } from '../src/config.ts';
import { createActiveOrgUser, verifyOrgSignIn } from '../src/identity/service.ts';
import { totpCode } from '../src/identity/totp.ts';
import {
  DEMO_BROWSER_USER_EMAIL,
  DEMO_PURPOSE,
  loadDemoOrganisation,
} from '../src/demo-organisation.ts';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import { buildApp } from '../src/app.ts';
import type { Db } from '../src/database.ts';
import type { App } from '../src/platform/http/app-type.ts';
import { createTestDatabase } from './support/database.ts';
import { makeConcludedAgreement } from './support/agreements.ts';
import { makePerson, nextPersonalCode } from './support/factories.ts';
import {
  anonymousForm,
  formPost,
  movingClock,
  pageGet,
  sessionCookieOf,
} from './support/org-accounts.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { followRedirect, formTokensOf, sendFormFromPage, sendFormTwice } from './support/forms.ts';

const clock = movingClock('2026-11-24T10:00:00Z');
const key = Buffer.alloc(32, 9).toString('base64');
/** Secrets of our own, so users can be made active with TOTP secrets the app can open. */
const config = loadConfig({
  NODE_ENV: 'test',
  DATA_DIR: '/nonexistent',
  ENCRYPTION_KEY: key,
  SESSION_SECRET: Buffer.alloc(32, 4).toString('base64'),
  SIGNING_KEY: key,
});
const envelope = createEnvelope(config.secrets.encryptionKey);
const PURPOSE = 'Klientu identifikācija';
const FORM = '/personu-datu-parluks';
const SEARCH = '/personu-datu-parluks/meklet';
let t: { app: App; db: Db; close(): Promise<void> };
let serial = 0;

beforeAll(async () => {
  const database = await createTestDatabase();
  const app = await buildApp({ config, db: database.db, engine: database.engine, clock });
  await app.ready();
  t = {
    app,
    db: database.db,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}, 180_000);
afterAll(async () => {
  await t.close();
});

/** An organisation with an agreement in production granting identity and addresses, and money. */
async function organisation(
  options: { legalForm?: 'private' | 'public'; depositCents?: number; criteria?: boolean } = {},
) {
  const org = await makeOrganisation(t.db, { legalForm: options.legalForm ?? 'private' });
  const agreement = await makeConcludedAgreement(t.db, org.id, {
    environments: ['production'],
    pdpUsers: 2,
    scopes: ['identity', 'addresses'],
  });
  if (options.criteria === true) {
    await t.db
      .updateTable('agreements')
      .set({ criteria_search: true })
      .where('id', '=', agreement.id)
      .execute();
  }
  const deposit = options.depositCents ?? 1000;
  if (deposit > 0) {
    serial += 1;
    await recordDeposit(t.db, {
      organisationId: org.id,
      amountCents: deposit,
      bankReference: `BANKA-${serial}`,
      staffId: null,
    });
  }
  const user = await orgUserSession(t.db, clock, { organisationId: org.id, role: 'pdp_user' });
  return { ...org, agreement, user };
}

async function person(surname = 'Ozoliņa') {
  serial += 1;
  const code = nextPersonalCode('1985-04-12');
  await makePerson(t.db, {
    personalCode: code,
    givenNames: `Līga${String.fromCharCode(65 + (serial % 26))}`,
    surname,
    birthDate: '1985-04-12',
  });
  return { code, givenNames: `Līga${String.fromCharCode(65 + (serial % 26))}`, surname };
}

/** A search as a browser sends it: the form's tokens from its page, the result page followed. */
async function search(
  user: { cookie: string; csrf: string },
  fields: Record<string, string>,
  scopes: string[] = ['identity', 'addresses'],
) {
  // The session's _csrf stands in where the page has no form (a user refused the browser).
  const body: Record<string, string> = {
    _csrf: user.csrf,
    merkis: PURPOSE,
    lieta: 'Lieta 2026/17',
    ...fields,
  };
  for (const scope of scopes) body[`joma_${scope}`] = 'yes';
  const sent = await sendFormFromPage(t.app, {
    page: FORM,
    action: SEARCH,
    cookie: user.cookie,
    fields: body,
  });
  return sent.shown;
}

async function auditRows(organisationId: number) {
  return t.db
    .selectFrom('audit_events')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .execute();
}

async function movements(organisationId: number) {
  return t.db
    .selectFrom('ledger_movements')
    .select(['kind', 'amount_cents'])
    .where('organisation_id', '=', organisationId)
    .orderBy('id')
    .execute();
}

describe('the search form', () => {
  it('offers the purposes, the granted scopes, the fee and the balance; posts only', async () => {
    const org = await organisation();
    const res = await pageGet(t.app, FORM, org.user.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<form method="post" action="/personu-datu-parluks/meklet"');
    expect(res.body).toContain(`<option value="${PURPOSE}" selected`);
    expect(res.body).toContain('name="joma_identity"');
    expect(res.body).toContain('name="joma_addresses"');
    expect(res.body).not.toContain('name="joma_documents"');
    expect(res.body).toContain('valsts nodeva EUR 2,00');
    expect(res.body).toContain('EUR 10,00');
    expect(res.body).toContain('Lietas numurs vai pamatojums');
    // Criteria search is not in this agreement.
    expect(res.body).not.toContain('name="uzvards"');
    const en = await pageGet(t.app, `${FORM}?lang=en`, org.user.cookie);
    expect(en.body).toContain('state fee of EUR 2.00');
    expect(en.body).toContain('Case number or justification');
  });

  it('with several purposes, offers the chosen purpose’s scopes and searches for it', async () => {
    const org = await organisation();
    await t.db
      .insertInto('agreement_grants')
      .values({
        agreement_id: org.agreement.id,
        scope: 'birth',
        legal_basis_law: 'Apdrošināšanas līguma likums',
        legal_basis_article: '12. pants',
        purpose: 'Apdrošināšana',
      })
      .execute();
    const first = await pageGet(t.app, FORM, org.user.cookie);
    // Sorted in Latvian: "Apdrošināšana" comes first, with birth data only.
    expect(first.body).toContain('<form method="get" action="/personu-datu-parluks"');
    expect(first.body).toContain('name="joma_birth"');
    expect(first.body).not.toContain('name="joma_identity"');
    const chosen = await pageGet(
      t.app,
      `${FORM}?merkis=${encodeURIComponent(PURPOSE)}`,
      org.user.cookie,
    );
    expect(chosen.body).toContain(`<input type="hidden" name="merkis" value="${PURPOSE}"/>`);
    expect(chosen.body).toContain('name="joma_identity"');
    expect(chosen.body).not.toContain('name="joma_birth"');
    const p = await person();
    const res = await search(org.user, { personas_kods: p.code, merkis: 'Apdrošināšana' }, [
      'birth',
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h3>Dzimšanas dati</h3>');
    expect(res.body).not.toContain('<h3>Personas identitāte</h3>');
  });

  it('says plainly when the organisation has no agreement in force', async () => {
    const org = await makeOrganisation(t.db);
    const user = await orgUserSession(t.db, clock, { organisationId: org.id, role: 'pdp_user' });
    const res = await pageGet(t.app, FORM, user.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Organizācijai nav spēkā esoša līguma');
    expect(res.body).not.toContain('name="personas_kods"');
  });

  it('shows the browser section on the home page of browser users only', async () => {
    const org = await organisation();
    const home = await pageGet(t.app, '/organizacijas', org.user.cookie);
    expect(home.body).toContain('href="/personu-datu-parluks"');
    const rep = await orgUserSession(t.db, clock, { organisationId: org.id });
    expect((await pageGet(t.app, '/organizacijas', rep.cookie)).body).not.toContain(
      'href="/personu-datu-parluks"',
    );
  });
});

describe('searching by personal code', () => {
  it('shows only the granted scopes, charges EUR 2.00 and audits the browser user', async () => {
    const org = await organisation();
    const p = await person();
    const res = await search(org.user, { personas_kods: p.code });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain(p.surname);
    expect(res.body).toContain(p.givenNames);
    expect(res.body).toContain('<h3>Personas identitāte</h3>');
    expect(res.body).toContain('<h3>Adreses</h3>');
    expect(res.body).toContain('deklarētā adrese');
    expect(res.body).not.toContain('<h3>Personu apliecinoši dokumenti</h3>');
    expect(res.body).not.toContain('<h3>Dzimšanas dati</h3>');
    expect(res.body).toContain('EUR 2,00 (1 × EUR 2,00)');
    expect(res.body).toContain('<td id="atlikums-pec">EUR 8,00</td>');
    expect(await balanceOf(t.db, org.id)).toBe(800);
    const rows = await auditRows(org.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_type: 'org_user',
      actor_id: String(org.user.orgUserId),
      channel: 'browser',
      purpose: PURPOSE,
      fee_cents: 200,
      reason: 'Lieta 2026/17',
    });
  });

  it('narrows to the scopes ticked, and refuses a scope not granted', async () => {
    const org = await organisation();
    const p = await person();
    const narrow = await search(org.user, { personas_kods: p.code }, ['identity']);
    expect(narrow.statusCode).toBe(200);
    expect(narrow.body).not.toContain('<h3>Adreses</h3>');
    const refused = await search(org.user, { personas_kods: p.code }, ['identity', 'documents']);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('nepiešķir datu apjomu');
    expect(await balanceOf(t.db, org.id)).toBe(800);
  });

  it('answers in English', async () => {
    const org = await organisation();
    const p = await person();
    const post = await formPost(t.app, `${SEARCH}?lang=en`, org.user.cookie, {
      ...(await formTokensOf(t.app, FORM, SEARCH, org.user.cookie)),
      merkis: PURPOSE,
      lieta: 'Case 9',
      personas_kods: p.code,
      joma_identity: 'yes',
    });
    expect(post.statusCode).toBe(303);
    const res = await pageGet(t.app, `${String(post.headers.location)}?lang=en`, org.user.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h3>Identity</h3>');
    expect(res.body).toContain('State fee charged');
  });
});

describe('refusals redisplay the form with the input kept and charge nothing', () => {
  it('bad codes, missing case, no scope, unknown person, wrong purpose', async () => {
    const org = await organisation();
    const cases: {
      fields: Record<string, string>;
      scopes?: string[];
      status: number;
      text: string;
    }[] = [
      { fields: { personas_kods: '161175-19990' }, status: 400, text: 'kontrolcipars' },
      { fields: { personas_kods: '12' }, status: 400, text: '11 cipariem' },
      { fields: { personas_kods: '161175-19997', lieta: ' ' }, status: 400, text: 'galalietotāju' },
      {
        fields: { personas_kods: '161175-19997' },
        scopes: [],
        status: 400,
        text: 'vismaz vienu datu apjomu',
      },
      {
        fields: { personas_kods: nextPersonalCode('1970-01-01') },
        status: 404,
        text: 'Neviena persona',
      },
      {
        fields: { personas_kods: '161175-19997', merkis: 'Cits mērķis' },
        status: 403,
        text: 'mērķis nav atļauts',
      },
      { fields: {}, status: 400, text: 'Norādiet personas kodu vai meklēšanas kritērijus' },
      {
        fields: { personas_kods: '161175-19997', uzvards: 'Ozoliņa' },
        status: 400,
        text: 'ne abus',
      },
    ];
    for (const c of cases) {
      const res = await search(org.user, { lieta: 'Lieta X-1', ...c.fields }, c.scopes);
      expect(res.statusCode, c.text).toBe(c.status);
      expect(res.body).toContain('class="error-summary"');
      expect(res.body).toContain(c.text);
      expect(res.body).toContain('name="personas_kods"');
      if (c.fields.personas_kods !== undefined) {
        expect(res.body).toContain(`value="${c.fields.personas_kods}"`);
      }
    }
    expect(await balanceOf(t.db, org.id)).toBe(1000);
    expect(await auditRows(org.id)).toEqual([]);
  });

  it('insufficient balance: the amount needed is shown, nothing is provided or charged', async () => {
    const org = await organisation({ depositCents: 150 });
    const p = await person();
    const res = await search(org.user, { personas_kods: p.code, lieta: 'Lieta 5' });
    expect(res.statusCode).toBe(402);
    expect(res.body).toContain('vajag 2,00 EUR, atlikums ir 1,50 EUR');
    expect(res.body).toContain(`value="${p.code}"`);
    expect(res.body).toContain('value="Lieta 5"');
    expect(res.body).toContain('href="#atlikums"');
    expect(res.body).not.toContain(p.givenNames);
    expect(await balanceOf(t.db, org.id)).toBe(150);
    expect(await auditRows(org.id)).toEqual([]);
  });
});

describe('criteria search', () => {
  it('is offered and works only where the agreement allows it', async () => {
    const p = await person('Bērziņa-Kritērija');
    const allowed = await organisation({ criteria: true });
    const form = await pageGet(t.app, FORM, allowed.user.cookie);
    expect(form.body).toContain('name="uzvards"');
    const found = await search(allowed.user, { uzvards: p.surname, vards: p.givenNames });
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain(p.code);
    const byDate = await search(allowed.user, {
      uzvards: p.surname,
      dzimsanas_datums: '1985-04-12',
    });
    expect(byDate.statusCode).toBe(200);
    const badDate = await search(allowed.user, {
      uzvards: p.surname,
      dzimsanas_datums: '1985-02-30',
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('Dzimšanas datumam');
    expect(await balanceOf(t.db, allowed.id)).toBe(600);

    const refused = await organisation();
    const res = await search(refused.user, { uzvards: p.surname, vards: p.givenNames });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Līgums neatļauj meklēt personas pēc vārda');
    expect(await balanceOf(t.db, refused.id)).toBe(1000);
    expect(await auditRows(refused.id)).toEqual([]);
  });
});

describe('who may search', () => {
  it('a public body pays nothing', async () => {
    const org = await organisation({ legalForm: 'public', depositCents: 0 });
    const form = await pageGet(t.app, FORM, org.user.cookie);
    expect(form.body).toContain('atbrīvota no valsts nodevas');
    const p = await person();
    const res = await search(org.user, { personas_kods: p.code });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('EUR 0,00 (atbrīvots)');
    expect(await movements(org.id)).toEqual([]);
    const rows = await auditRows(org.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fee_cents: 0, channel: 'browser' });
  });

  it('representatives are refused with a stable code', async () => {
    const org = await organisation();
    const rep = await orgUserSession(t.db, clock, { organisationId: org.id });
    const page = await pageGet(t.app, FORM, rep.cookie);
    expect(page.statusCode).toBe(403);
    expect(page.body).toContain('pdp_user_required');
    const p = await person();
    const post = await search(rep, { personas_kods: p.code });
    expect(post.statusCode).toBe(403);
    expect(post.body).toContain('pdp_user_required');
    const api = await t.app.inject({ method: 'GET', url: FORM, headers: { cookie: rep.cookie } });
    expect(api.json()).toMatchObject({ code: 'pdp_user_required' });
    expect(await balanceOf(t.db, org.id)).toBe(1000);
  });

  it("another organisation's user sees nothing of this one and pays nothing for it", async () => {
    const org = await organisation();
    const other = await makeOrganisation(t.db);
    const stranger = await orgUserSession(t.db, clock, {
      organisationId: other.id,
      role: 'pdp_user',
    });
    const page = await pageGet(t.app, FORM, stranger.cookie);
    expect(page.body).not.toContain(PURPOSE);
    expect(page.body).not.toContain('EUR 10,00');
    const p = await person();
    const res = await search(stranger, { personas_kods: p.code });
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain(p.givenNames);
    expect(await balanceOf(t.db, org.id)).toBe(1000);
    expect(await auditRows(org.id)).toEqual([]);
    expect(await auditRows(other.id)).toEqual([]);
  });

  it('anonymous visitors are sent to the organisations’ sign-in; staff are refused', async () => {
    const res = await pageGet(t.app, FORM);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(
      `/organizacijas/pieteikties?atpakal=${encodeURIComponent(FORM)}`,
    );
    const form = await anonymousForm(t.app, '/organizacijas/pieteikties');
    const post = await formPost(t.app, SEARCH, form.cookie, {
      _csrf: form.csrf,
      merkis: PURPOSE,
      lieta: 'x',
      personas_kods: '161175-19997',
      joma_identity: 'yes',
    });
    expect(post.statusCode).toBe(401);
    const { staffSession } = await import('./support/staff.ts');
    const staff = await staffSession(t.db, clock, 'pmlp_officer');
    expect((await pageGet(t.app, FORM, staff.cookie)).statusCode).toBe(403);
  });

  it('a search without the form token is refused and charges nothing', async () => {
    const org = await organisation();
    const p = await person();
    const res = await formPost(t.app, SEARCH, org.user.cookie, {
      merkis: PURPOSE,
      lieta: 'x',
      personas_kods: p.code,
      joma_identity: 'yes',
    });
    expect(res.statusCode).toBe(403);
    expect(await balanceOf(t.db, org.id)).toBe(1000);
  });
});

describe('a search sent again', () => {
  const sameSearch = (user: { cookie: string }, code: string) => ({
    page: FORM,
    action: SEARCH,
    cookie: user.cookie,
    fields: { merkis: PURPOSE, lieta: 'Lieta 7', personas_kods: code, joma_identity: 'yes' },
  });

  for (const how of ['one after the other', 'at once'] as const) {
    it(`${how}: one provision, one debit, both sent to the same result`, async () => {
      const org = await organisation();
      const p = await person();
      const [first, second] = await sendFormTwice(t.app, sameSearch(org.user, p.code), how);
      expect([first.statusCode, second.statusCode]).toEqual([303, 303]);
      expect(second.headers.location).toBe(first.headers.location);
      expect(String(first.headers.location)).toMatch(/^\/personu-datu-parluks\/rezultats\//);
      const fees = (await movements(org.id)).filter((m) => m.kind === 'state_fee');
      expect(fees).toEqual([{ kind: 'state_fee', amount_cents: -200 }]);
      expect(await balanceOf(t.db, org.id)).toBe(800);
      const reads = (await auditRows(org.id)).filter((r) => r.action === 'person.read');
      expect(reads).toHaveLength(1);
    });
  }

  it('the result page shows the result again without charging; only to whoever searched', async () => {
    const org = await organisation();
    const p = await person();
    const post = await formPost(t.app, SEARCH, org.user.cookie, {
      ...(await formTokensOf(t.app, FORM, SEARCH, org.user.cookie)),
      ...sameSearch(org.user, p.code).fields,
    });
    for (let i = 0; i < 2; i += 1) {
      const shown = await followRedirect(t.app, post, org.user.cookie);
      expect(shown.statusCode).toBe(200);
      expect(shown.body).toContain(p.surname);
      expect(shown.body).toContain('Lieta 7');
      expect(shown.body).toContain('<td id="atlikums-pec">EUR 8,00</td>');
    }
    expect(await balanceOf(t.db, org.id)).toBe(800);
    const colleague = await orgUserSession(t.db, clock, {
      organisationId: org.id,
      role: 'pdp_user',
    });
    const other = await pageGet(t.app, String(post.headers.location), colleague.cookie);
    expect(other.statusCode).toBe(404);
    expect(other.body).toContain('pdp_result_not_found');
    expect(other.body).not.toContain(p.surname);
  });

  it('a form without its one-time token is refused, offers to start again, charges nothing', async () => {
    const org = await organisation();
    const p = await person();
    const res = await formPost(t.app, SEARCH, org.user.cookie, {
      _csrf: org.user.csrf,
      ...sameSearch(org.user, p.code).fields,
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Forma jau iesniegta vai novecojusi');
    expect(res.body).toContain(`<a href="${FORM}">Sākt no jauna</a>`);
    expect(await balanceOf(t.db, org.id)).toBe(1000);
  });
});

describe('no automated querying', () => {
  it(`answers 429 after ${PDP_SEARCHES_PER_MINUTE} searches a minute by one user`, async () => {
    const org = await organisation();
    for (let i = 0; i < PDP_SEARCHES_PER_MINUTE; i += 1) {
      const res = await search(org.user, {});
      expect(res.statusCode).toBe(400);
    }
    const limited = await search(org.user, {});
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('Pārāk daudz pieprasījumu');
    // A colleague has a count of their own.
    const colleague = await orgUserSession(t.db, clock, {
      organisationId: org.id,
      role: 'pdp_user',
    });
    expect((await search(colleague, {})).statusCode).toBe(400);
  });

  it('a browser user signing in again ends the earlier session; a representative keeps both', async () => {
    const org = await organisation();
    const accounts = [
      {
        role: 'pdp_user' as const,
        email: `pdp.${process.pid}@example.lv`,
        secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      },
      {
        role: 'representative' as const,
        email: `rep.${process.pid}@example.lv`,
        secret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
      },
    ];
    const password = 'correct horse battery staple';
    const signIn = async (email: string, secret: string) => {
      clock.advance(31_000);
      const form = await anonymousForm(t.app, '/organizacijas/pieteikties');
      const res = await formPost(t.app, '/organizacijas/pieteikties', form.cookie, {
        _csrf: form.csrf,
        email,
        password,
        code: totpCode(secret, clock.now()),
      });
      expect(res.statusCode).toBe(303);
      return sessionCookieOf(res);
    };
    for (const a of accounts) {
      await createActiveOrgUser(t.db, envelope, {
        organisationId: org.id,
        name: `Lietotājs ${a.role}`,
        email: a.email,
        role: a.role,
        responsible: false,
        password,
        totpSecretBase32: a.secret,
      });
    }
    const [pdp, rep] = accounts;
    if (pdp === undefined || rep === undefined) throw new Error('two accounts');
    const firstPdp = await signIn(pdp.email, pdp.secret);
    expect((await pageGet(t.app, FORM, firstPdp)).statusCode).toBe(200);
    const secondPdp = await signIn(pdp.email, pdp.secret);
    const ended = await pageGet(t.app, FORM, firstPdp);
    expect(ended.statusCode).toBe(303);
    expect(ended.headers.location).toContain('/organizacijas/pieteikties');
    expect((await pageGet(t.app, FORM, secondPdp)).statusCode).toBe(200);

    const firstRep = await signIn(rep.email, rep.secret);
    const secondRep = await signIn(rep.email, rep.secret);
    expect((await pageGet(t.app, '/organizacijas', firstRep)).statusCode).toBe(200);
    expect((await pageGet(t.app, '/organizacijas', secondRep)).statusCode).toBe(200);
  });
});

describe('the demo organisation', () => {
  it('has an agreement, a deposit and a browser user, made once, who can sign in', async () => {
    const first = await loadDemoOrganisation(t.db, config, envelope);
    const second = await loadDemoOrganisation(t.db, config, envelope);
    expect(second).toEqual(first);
    expect(first.browserUser.email).toBe(DEMO_BROWSER_USER_EMAIL);
    expect(first.browserUser.totpSecretBase32).not.toBe(first.totpSecretBase32);
    const org = await t.db
      .selectFrom('organisations')
      .select('id')
      .where('registration_number', '=', '40009900004')
      .executeTakeFirstOrThrow();
    const agreements = await t.db
      .selectFrom('agreements')
      .selectAll()
      .where('organisation_id', '=', org.id)
      .execute();
    expect(agreements).toHaveLength(1);
    expect(agreements[0]).toMatchObject({
      status: 'concluded',
      criteria_search: true,
      environments: ['test', 'production'],
    });
    const grants = await t.db
      .selectFrom('agreement_grants')
      .select(['scope', 'purpose'])
      .where('agreement_id', '=', agreements[0]?.id ?? 0)
      .orderBy('scope')
      .execute();
    expect(grants).toEqual(
      ['addresses', 'documents', 'identity'].map((scope) => ({ scope, purpose: DEMO_PURPOSE })),
    );
    expect(await balanceOf(t.db, org.id)).toBe(10_000);
    const user = await verifyOrgSignIn(
      t.db,
      { clock, envelope },
      {
        email: first.browserUser.email,
        password: first.browserUser.password,
        code: totpCode(first.browserUser.totpSecretBase32, clock.now()),
      },
    );
    expect(user).toMatchObject({ role: 'pdp_user', status: 'active', organisationId: org.id });
  });
});
