import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import { rigaDate, type Clock } from '../src/platform/time/riga.ts';
import { loadTestDataset } from '../src/register/service.ts';
import { makePerson } from './support/factories.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { agreeMonitoring, apiCall, monitoringSystem } from './support/monitoring-list.ts';
import { connectedSystem } from './support/system-client.ts';

const clock: Clock = { now: () => new Date() };
let t: ListeningApp;

beforeAll(async () => {
  t = await startListeningApp({ clock });
  await loadTestDataset(t.db, createEnvelope(t.config.secrets.encryptionKey), 5);
});
afterAll(async () => t.close());

const persons = (n: number) => Promise.all(Array.from({ length: n }, () => makePerson(t.db)));

async function usage(organisationId: number) {
  return t.db
    .selectFrom('billing_daily_usage')
    .select(['environment', 'day', 'peak', 'closing'])
    .where('organisation_id', '=', organisationId)
    .where('metric', '=', 'monitored_persons')
    .execute();
}

describe('the monitoring list API', () => {
  it('adds a person once, keeps the reference up to date, records the count and audits', async () => {
    const system = await monitoringSystem(t, clock, { limit: 3 });
    const token = await system.token();
    const [person] = await persons(1);
    if (person === undefined) throw new Error('no person');
    // Either format: without the hyphen.
    const code = person.personalCode.replace('-', '');

    const first = await apiCall(t, token, 'PUT', `/api/v1/monitoring/persons/${code}`, {
      reference: 'KL-1',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      personalCode: person.personalCode,
      outcome: 'added',
      monitored: 1,
      limit: 3,
    });
    const again = await apiCall(
      t,
      token,
      'PUT',
      `/api/v1/monitoring/persons/${person.personalCode}`,
      { reference: 'KL-2' },
    );
    expect(again.json()).toMatchObject({ outcome: 'already_monitored', monitored: 1 });

    const list = await apiCall(t, token, 'GET', '/api/v1/monitoring/persons');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      monitored: 1,
      limit: 3,
      matching: 1,
      persons: [
        {
          personalCode: person.personalCode,
          reference: 'KL-2',
          purpose: 'Klientu identifikācija',
          endsAt: null,
        },
      ],
    });
    const entries = await t.db
      .selectFrom('monitoring_entries')
      .selectAll()
      .where('organisation_id', '=', system.organisation.id)
      .execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.added_by).toMatch(/^connection:\d+$/);
    expect(await usage(system.organisation.id)).toEqual([
      { environment: 'production', day: rigaDate(clock.now()), peak: 1, closing: 1 },
    ]);
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'actor_type', 'subject_person_id', 'purpose', 'environment'])
      .where('organisation_id', '=', system.organisation.id)
      .where('action', 'like', 'monitoring.%')
      .execute();
    expect(audit).toEqual([
      {
        action: 'monitoring.person_added',
        actor_type: 'system_client',
        subject_person_id: person.personId,
        purpose: 'Klientu identifikācija',
        environment: 'production',
      },
    ]);
  });

  it('refuses beyond the limit with the numbers, and a batch lists every bad item', async () => {
    const system = await monitoringSystem(t, clock, { limit: 2 });
    const token = await system.token();
    const [a, b, c] = await persons(3);
    if (a === undefined || b === undefined || c === undefined) throw new Error('no persons');
    await apiCall(t, token, 'PUT', `/api/v1/monitoring/persons/${a.personalCode}`, {});
    await apiCall(t, token, 'PUT', `/api/v1/monitoring/persons/${b.personalCode}`, {});
    const over = await apiCall(t, token, 'PUT', `/api/v1/monitoring/persons/${c.personalCode}`, {});
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({
      code: 'monitoring_limit_reached',
      message: { en: expect.stringContaining('2 persons') as unknown },
    });

    await agreeMonitoring(t.db, system.agreement.id, 3);
    const batch = await apiCall(t, token, 'POST', '/api/v1/monitoring/persons/batch', {
      persons: [
        { personalCode: c.personalCode, reference: 'C' },
        { personalCode: '010101-12345' },
        { personalCode: c.personalCode },
        { personalCode: '320000-00000' },
        { personalCode: a.personalCode },
      ],
    });
    expect(batch.statusCode).toBe(422);
    const refusal = batch.json<{ problems: { index: number; code: string }[] }>();
    expect(refusal).toMatchObject({ code: 'monitoring_batch_refused' });
    expect(refusal.problems.map((p) => [p.index, p.code])).toEqual([
      [1, 'personal_code_checksum'],
      [2, 'monitoring_duplicate_code'],
      [3, expect.stringMatching(/^personal_code_/) as unknown],
    ]);
    const unchanged = await apiCall(t, token, 'GET', '/api/v1/monitoring/persons');
    expect(unchanged.json()).toMatchObject({ monitored: 2 });

    const good = await apiCall(t, token, 'POST', '/api/v1/monitoring/persons/batch', {
      persons: [{ personalCode: c.personalCode, reference: 'C' }, { personalCode: a.personalCode }],
    });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toEqual({ added: 1, alreadyMonitored: 1, monitored: 3, limit: 3 });

    const [d] = await persons(1);
    if (d === undefined) throw new Error('no person');
    const full = await apiCall(t, token, 'POST', '/api/v1/monitoring/persons/batch', {
      persons: [{ personalCode: d.personalCode }],
    });
    expect(full.statusCode).toBe(422);
    expect(full.json()).toMatchObject({
      details: { limit: 3, monitored: 3, requested: 1 },
      problems: [{ index: 0, code: 'monitoring_over_limit' }],
    });
  });

  it('ends an entry now or from a day, and re-adding takes a future end back', async () => {
    const system = await monitoringSystem(t, clock, { limit: 5 });
    const token = await system.token();
    const [a, b] = await persons(2);
    if (a === undefined || b === undefined) throw new Error('no persons');
    await apiCall(t, token, 'POST', '/api/v1/monitoring/persons/batch', {
      persons: [{ personalCode: a.personalCode }, { personalCode: b.personalCode }],
    });

    const now = await apiCall(t, token, 'DELETE', `/api/v1/monitoring/persons/${a.personalCode}`);
    expect(now.statusCode).toBe(200);
    expect(now.json()).toMatchObject({ personalCode: a.personalCode, monitored: 1 });
    const gone = await apiCall(t, token, 'DELETE', `/api/v1/monitoring/persons/${a.personalCode}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ code: 'monitoring_person_not_monitored' });

    const past = await apiCall(
      t,
      token,
      'DELETE',
      `/api/v1/monitoring/persons/${b.personalCode}?endsOn=2020-01-01`,
    );
    expect(past.json()).toMatchObject({ code: 'monitoring_end_date_past' });
    const ahead = await apiCall(
      t,
      token,
      'DELETE',
      `/api/v1/monitoring/persons/${b.personalCode}?endsOn=2099-01-01`,
    );
    expect(ahead.statusCode).toBe(200);
    expect(ahead.json()).toMatchObject({ endsAt: '2098-12-31T22:00:00.000Z', monitored: 1 });
    const listed = await apiCall(t, token, 'GET', '/api/v1/monitoring/persons');
    expect(listed.json()).toMatchObject({
      persons: [{ personalCode: b.personalCode, endsAt: '2098-12-31T22:00:00.000Z' }],
    });
    const back = await apiCall(t, token, 'PUT', `/api/v1/monitoring/persons/${b.personalCode}`, {});
    expect(back.json()).toMatchObject({ outcome: 'already_monitored', monitored: 1 });
    const entry = await t.db
      .selectFrom('monitoring_entries')
      .select(['ends_at', 'end_reason'])
      .where('person_id', '=', b.personId)
      .where('organisation_id', '=', system.organisation.id)
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ ends_at: null, end_reason: null });

    // Re-adding an ended person adds a second entry, the first kept as history.
    const readd = await apiCall(
      t,
      token,
      'PUT',
      `/api/v1/monitoring/persons/${a.personalCode}`,
      {},
    );
    expect(readd.json()).toMatchObject({ outcome: 'added', monitored: 2 });
  });

  it('searches by the start of a personal code or a part of the reference', async () => {
    const system = await monitoringSystem(t, clock, { limit: 5 });
    const token = await system.token();
    const [a, b] = await persons(2);
    if (a === undefined || b === undefined) throw new Error('no persons');
    await apiCall(t, token, 'POST', '/api/v1/monitoring/persons/batch', {
      persons: [
        { personalCode: a.personalCode, reference: 'Klients Alfa' },
        { personalCode: b.personalCode, reference: 'Klients Beta' },
      ],
    });
    const byRef = await apiCall(t, token, 'GET', '/api/v1/monitoring/persons?search=beta');
    expect(byRef.json()).toMatchObject({
      matching: 1,
      monitored: 2,
      persons: [{ personalCode: b.personalCode }],
    });
    const digits = a.personalCode.replace('-', '');
    const byCode = await apiCall(t, token, 'GET', `/api/v1/monitoring/persons?search=${digits}`);
    expect(byCode.json()).toMatchObject({
      matching: 1,
      persons: [{ personalCode: a.personalCode }],
    });
  });

  it('refuses without monitoring, an unknown person, a purpose not agreed, and the other environment', async () => {
    const plain = await connectedSystem(t, clock);
    const plainToken = await plain.token();
    const [person] = await persons(1);
    if (person === undefined) throw new Error('no person');
    const refused = await apiCall(
      t,
      plainToken,
      'PUT',
      `/api/v1/monitoring/persons/${person.personalCode}`,
      {},
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'monitoring_not_agreed' });

    const system = await monitoringSystem(t, clock, { limit: 5 });
    const token = await system.token();
    const purpose = await apiCall(
      t,
      token,
      'PUT',
      `/api/v1/monitoring/persons/${person.personalCode}`,
      { purpose: 'Cits mērķis' },
    );
    expect(purpose.json()).toMatchObject({ code: 'monitoring_purpose_not_agreed' });

    // A production person is unknown in the test data set, and a test person in production.
    const testSystem = await monitoringSystem(t, clock, { limit: 5, environment: 'test' });
    const testToken = await testSystem.token();
    const unknown = await apiCall(
      t,
      testToken,
      'PUT',
      `/api/v1/monitoring/persons/${person.personalCode}`,
      {},
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'person_not_found' });
    const testPerson = await t.db
      .selectFrom('persons')
      .select('personal_code')
      .where('dataset', '=', 'test')
      .executeTakeFirstOrThrow();
    const inTest = await apiCall(
      t,
      testToken,
      'PUT',
      `/api/v1/monitoring/persons/${testPerson.personal_code}`,
      {},
    );
    expect(inTest.json()).toMatchObject({ outcome: 'added', monitored: 1 });
    const production = await apiCall(t, token, 'GET', '/api/v1/monitoring/persons');
    expect(production.json()).toMatchObject({ monitored: 0 });

    // Another organisation's list is its own: the entry is not visible or removable here.
    const other = await apiCall(
      t,
      token,
      'DELETE',
      `/api/v1/monitoring/persons/${testPerson.personal_code}`,
    );
    expect(other.statusCode).toBe(404);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    }>();
    expect(
      Object.keys(doc.paths['/api/v1/monitoring/persons/{personalCode}'] ?? {}).sort(),
    ).toEqual(['delete', 'put']);
    expect(
      Object.keys(doc.paths['/api/v1/monitoring/persons/batch']?.post?.responses ?? {}),
    ).toContain('422');
  });
});
