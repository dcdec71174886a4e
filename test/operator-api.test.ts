import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, fixedClock, type TestContext } from './support/app.ts';
import { makePerson, nextPersonalCode, someAddressCode } from './support/factories.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp({ clock: fixedClock('2026-11-20T10:00:00Z') });
});
afterAll(async () => ctx.close());

const auth = () => ({ authorization: `Bearer ${ctx.operatorToken}` });

async function post(url: string, payload: unknown) {
  return ctx.app.inject({ method: 'POST', url, headers: auth(), payload: payload as object });
}

async function lookup(personalCode: string, scopes?: string[]) {
  const res = await post('/api/operator/v1/persons/lookup', {
    personalCode,
    reason: 'test',
    ...(scopes === undefined ? {} : { scopes }),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ personId: number; record: Record<string, unknown> }>();
}

async function countChanges(): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from register_changes`.execute(
    ctx.db,
  );
  return r.rows[0]?.n ?? 0;
}

describe('operator API authorisation', () => {
  it('refuses calls without a token, with a wrong token and with a revoked one', async () => {
    const none = await ctx.app.inject({ method: 'GET', url: '/api/operator/v1/changes' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ code: 'unauthenticated' });
    const wrong = await ctx.app.inject({
      method: 'GET',
      url: '/api/operator/v1/changes',
      headers: { authorization: 'Bearer rgo_nottherealtoken' },
    });
    expect(wrong.statusCode).toBe(401);
  });
});

describe('reading a person', () => {
  it('returns exactly the scopes asked for and audits the read', async () => {
    const person = await makePerson(ctx.db, { givenNames: 'Līga', surname: 'Ozola' });
    const { record } = await lookup(person.personalCode, ['identity']);
    expect(Object.keys(record).sort()).toEqual(['identity', 'personalCode']);
    expect(record.identity).toMatchObject({
      givenNames: 'Līga',
      surname: 'Ozola',
      status: 'active',
    });
    const audit = await ctx.db
      .selectFrom('audit_events')
      .selectAll()
      .where('subject_person_id', '=', person.personId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ channel: 'operator', action: 'person.read', reason: 'test' });
    expect(audit[0]?.scopes).toEqual(['identity']);
  });

  it('accepts the code without a hyphen and refuses malformed and unknown codes', async () => {
    const person = await makePerson(ctx.db);
    await lookup(person.personalCode.replace('-', ''));
    const cases: [string, number, string][] = [
      ['12345', 400, 'personal_code_length'],
      ['16117A-19997', 400, 'personal_code_characters'],
      ['300275-10005', 400, 'personal_code_date'],
      ['161175-19990', 400, 'personal_code_checksum'],
      [nextPersonalCode('1950-01-01'), 404, 'person_not_found'],
    ];
    for (const [code, status, error] of cases) {
      const res = await post('/api/operator/v1/persons/lookup', {
        personalCode: code,
        reason: 'x',
      });
      expect(res.statusCode, code).toBe(status);
      const body = res.json<{
        code: string;
        message: { lv: string; en: string };
        requestId: string;
      }>();
      expect(body.code).toBe(error);
      expect(body.message.lv).not.toBe('');
      expect(body.message.en).not.toBe('');
      expect(body.requestId).toBe(res.headers['x-request-id']);
    }
  });

  it('refuses unknown fields and scopes', async () => {
    const person = await makePerson(ctx.db);
    const res = await post('/api/operator/v1/persons/lookup', {
      personalCode: person.personalCode,
      reason: 'x',
      scopes: ['identity', 'salary'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed' });
  });
});

describe('life events', () => {
  it('declares a new address and keeps the old one in history', async () => {
    const person = await makePerson(ctx.db);
    const before = await countChanges();
    const res = await post(`/api/operator/v1/persons/${person.personId}/addresses`, {
      addressCode: someAddressCode(7),
      flat: null,
      kind: 'declared',
      validFrom: '2026-11-10',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await countChanges()).toBe(before + 1);
    const { record } = await lookup(person.personalCode, ['addresses']);
    const addresses = record.addresses as {
      addressCode: string;
      validFrom: string;
      validTo: string | null;
    }[];
    expect(addresses.map((a) => [a.addressCode, a.validTo])).toEqual([
      [someAddressCode(7), null],
      [someAddressCode(0), '2026-11-10'],
    ]);
  });

  it('refuses an address not in the list, and changes nothing', async () => {
    const person = await makePerson(ctx.db);
    const before = await countChanges();
    const res = await post(`/api/operator/v1/persons/${person.personId}/addresses`, {
      addressCode: '000000000',
      flat: null,
      kind: 'declared',
      validFrom: '2026-10-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'address_not_in_list' });
    expect(await countChanges()).toBe(before);
  });

  it('registers a death: status, death data, documents invalidated, spouse widowed', async () => {
    const wife = await makePerson(ctx.db, { birthDate: '1950-02-02' });
    const husband = await makePerson(ctx.db, {
      birthDate: '1949-03-03',
      sex: 'male',
      surname: 'Kalniņš',
    });
    expect(
      (
        await post(`/api/operator/v1/persons/${wife.personId}/marriages`, {
          spousePersonalCode: husband.personalCode,
          marriedOn: '1975-06-21',
          place: 'Rīga',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await post(`/api/operator/v1/persons/${husband.personId}/documents`, {
          type: 'passport',
          number: 'LV9000001',
          issuer: 'PMLP',
          issuedOn: '2020-01-01',
          expiresOn: '2030-01-01',
        })
      ).statusCode,
    ).toBe(201);
    const died = await post(`/api/operator/v1/persons/${husband.personId}/death`, {
      diedOn: '2026-11-02',
      place: 'Rīga',
    });
    expect(died.statusCode, died.body).toBe(201);
    const { record } = await lookup(husband.personalCode, ['identity', 'death', 'documents']);
    expect(record.identity).toMatchObject({ status: 'deceased' });
    expect(record.death).toEqual({ diedOn: '2026-11-02', place: 'Rīga' });
    expect(record.documents).toMatchObject([{ number: 'LV9000001', status: 'invalidated' }]);
    const widow = await lookup(wife.personalCode, ['civil_status']);
    expect(widow.record.civil_status).toMatchObject({
      status: 'widowed',
      marriages: [
        { spousePersonalCode: husband.personalCode, endReason: 'death', endedOn: '2026-11-02' },
      ],
    });
    const again = await post(`/api/operator/v1/persons/${husband.personId}/death`, {
      diedOn: '2026-11-02',
      place: 'Rīga',
    });
    expect(again.json()).toMatchObject({ code: 'person_deceased' });
  });

  it('refuses a death before birth or in the future, and changes nothing', async () => {
    const person = await makePerson(ctx.db, { birthDate: '1990-01-01' });
    const before = await countChanges();
    const early = await post(`/api/operator/v1/persons/${person.personId}/death`, {
      diedOn: '1989-12-31',
      place: 'Rīga',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ code: 'date_before_birth' });
    const future = await post(`/api/operator/v1/persons/${person.personId}/death`, {
      diedOn: '2026-12-01',
      place: 'Rīga',
    });
    expect(future.json()).toMatchObject({ code: 'date_in_future' });
    expect(await countChanges()).toBe(before);
    const { record } = await lookup(person.personalCode, ['identity']);
    expect(record.identity).toMatchObject({ status: 'active' });
  });

  it('changes a name and keeps the earlier one as history', async () => {
    const person = await makePerson(ctx.db, { givenNames: 'Kristīne', surname: 'Zariņa' });
    const res = await post(`/api/operator/v1/persons/${person.personId}/names`, {
      givenNames: 'Kristīne',
      surname: 'Vītola',
      validFrom: '2026-09-12',
      reason: 'marriage',
    });
    expect(res.statusCode).toBe(201);
    const { record } = await lookup(person.personalCode, ['identity', 'names_history']);
    expect(record.identity).toMatchObject({ surname: 'Vītola' });
    expect(record.names_history).toEqual([
      {
        givenNames: 'Kristīne',
        surname: 'Zariņa',
        latinGivenNames: 'Kristine',
        latinSurname: 'Zarina',
        validFrom: '1980-05-17',
        validTo: '2026-09-12',
        reason: 'birth',
      },
    ]);
  });

  it('issues a document, replaces the previous one, and invalidates on request', async () => {
    const person = await makePerson(ctx.db);
    const issue = (number: string, issuedOn: string, expiresOn: string) =>
      post(`/api/operator/v1/persons/${person.personId}/documents`, {
        type: 'eid_card',
        number,
        issuer: 'PMLP Rīgas 1. nodaļa',
        issuedOn,
        expiresOn,
      });
    expect((await issue('PA1000001', '2020-01-10', '2025-01-10')).statusCode).toBe(201);
    const backwards = await issue('PA1000002', '2026-01-10', '2025-01-10');
    expect(backwards.json()).toMatchObject({ code: 'document_expires_before_issue' });
    expect((await issue('PA1000003', '2026-01-10', '2031-01-10')).statusCode).toBe(201);
    const taken = await issue('PA1000003', '2026-01-11', '2031-01-11');
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'document_number_taken' });
    const lost = await post(`/api/operator/v1/persons/${person.personId}/document-invalidations`, {
      number: 'PA1000003',
      reason: 'lost',
    });
    expect(lost.statusCode).toBe(201);
    const { record } = await lookup(person.personalCode, ['documents']);
    expect(record.documents).toMatchObject([
      { number: 'PA1000003', status: 'invalidated' },
      { number: 'PA1000001', status: 'invalidated' },
    ]);
  });

  it('refuses a second marriage, and a divorce of persons not married', async () => {
    const a = await makePerson(ctx.db, { sex: 'male' });
    const b = await makePerson(ctx.db);
    const c = await makePerson(ctx.db);
    const marry = (x: { personId: number }, y: { personalCode: string }) =>
      post(`/api/operator/v1/persons/${x.personId}/marriages`, {
        spousePersonalCode: y.personalCode,
        marriedOn: '2010-05-05',
        place: 'Cēsis',
      });
    expect((await marry(a, b)).statusCode).toBe(201);
    expect((await marry(a, c)).json()).toMatchObject({ code: 'already_married' });
    expect((await marry(c, c)).json()).toMatchObject({ code: 'marriage_to_self' });
    const notMarried = await post(`/api/operator/v1/persons/${a.personId}/divorces`, {
      spousePersonalCode: c.personalCode,
      divorcedOn: '2020-01-01',
    });
    expect(notMarried.json()).toMatchObject({ code: 'not_married' });
    const divorce = await post(`/api/operator/v1/persons/${b.personId}/divorces`, {
      spousePersonalCode: a.personalCode,
      divorcedOn: '2020-01-01',
    });
    expect(divorce.statusCode).toBe(201);
    expect((await lookup(a.personalCode, ['civil_status'])).record.civil_status).toMatchObject({
      status: 'divorced',
    });
  });

  it('registers a person with a new-format code and links the parents', async () => {
    const mother = await makePerson(ctx.db, { birthDate: '1995-04-04' });
    const res = await post('/api/operator/v1/persons', {
      givenNames: 'Elīza',
      surname: 'Kalniņa',
      birthDate: '2026-11-19',
      sex: 'female',
      birth: { place: 'Rīga', country: 'LV', registrationEntry: 'Rīgas dzimtsarakstu nodaļa' },
      nationality: { status: 'citizen', country: 'LV' },
      address: { addressCode: someAddressCode(2), flat: '1' },
      parentCodes: [mother.personalCode],
    });
    expect(res.statusCode, res.body).toBe(201);
    const child = res.json<{ personalCode: string }>();
    expect(child.personalCode).toMatch(/^32\d{4}-\d{5}$/);
    const { record } = await lookup(mother.personalCode, ['relatives']);
    expect(record.relatives).toEqual({ parents: [], children: [child.personalCode] });
  });

  it('refuses a person id that does not exist', async () => {
    const res = await post('/api/operator/v1/persons/999999999/death', {
      diedOn: '2026-01-01',
      place: 'Rīga',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'person_not_found' });
  });
});

describe('the change log', () => {
  it('lists changes in order after a sequence number', async () => {
    const first = await ctx.app.inject({
      method: 'GET',
      url: '/api/operator/v1/changes?after=0&limit=1000',
      headers: auth(),
    });
    expect(first.statusCode).toBe(200);
    const changes = first.json<{ changes: { seq: number }[] }>().changes;
    expect(changes.length).toBeGreaterThan(5);
    const seqs = changes.map((c) => c.seq);
    expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    const last = seqs.at(-2) ?? 0;
    const rest = await ctx.app.inject({
      method: 'GET',
      url: `/api/operator/v1/changes?after=${last}`,
      headers: auth(),
    });
    expect(rest.json<{ changes: { seq: number }[] }>().changes.map((c) => c.seq)).toEqual(
      seqs.slice(-1),
    );
  });
});

describe('history is never overwritten', () => {
  it('refuses updates and deletes of history rows in the database itself', async () => {
    const person = await makePerson(ctx.db);
    await expect(
      sql`update person_names set surname = 'X' where person_id = ${person.personId}`.execute(
        ctx.db,
      ),
    ).rejects.toThrow(/register_history/);
    await expect(
      sql`delete from person_identity where person_id = ${person.personId}`.execute(ctx.db),
    ).rejects.toThrow(/register_history/);
    await expect(sql`delete from register_changes`.execute(ctx.db)).rejects.toThrow(/append_only/);
    await lookup(person.personalCode, ['identity']);
    await expect(sql`update audit_events set reason = 'x'`.execute(ctx.db)).rejects.toThrow(
      /append_only/,
    );
  });
});
