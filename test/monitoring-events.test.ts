import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTestDataset } from '../src/register/service.ts';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import { makeConcludedAgreement } from './support/agreements.ts';
import { createTestApp, fixedClock, type TestContext } from './support/app.ts';
import { makePerson, someAddressCode } from './support/factories.ts';
import { allowMonitoring, makeMonitoringEntry } from './support/monitoring-entries.ts';
import { produceAllCommitted } from './support/monitoring-producer.ts';
import { makeOrganisation } from './support/organisations.ts';

/**
 * The producer turns committed register changes into events: one per monitoring organisation,
 * with only the scopes its agreement grants, numbered without gaps per organisation and
 * environment; corrections reach those who received the wrong value; a death ends the entries.
 */

let t: TestContext;
const clock = fixedClock('2026-11-20T10:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => t.close());

const operator = () => ({ authorization: `Bearer ${t.operatorToken}` });

async function declareAddress(personId: number, query = '') {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/operator/v1/persons/${personId}/addresses${query}`,
    headers: operator(),
    payload: {
      addressCode: someAddressCode(1),
      flat: '7',
      kind: 'declared',
      validFrom: '2026-11-20',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ changeSeq: number }>().changeSeq;
}

async function changeName(personId: number) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/operator/v1/persons/${personId}/names`,
    headers: operator(),
    payload: { givenNames: 'Anna', surname: 'Ozola', validFrom: '2026-11-20', reason: 'marriage' },
  });
  expect(res.statusCode, res.body).toBe(201);
}

async function registerDeath(personId: number) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/operator/v1/persons/${personId}/death`,
    headers: operator(),
    payload: { diedOn: '2026-11-19', place: 'Rīga' },
  });
  expect(res.statusCode, res.body).toBe(201);
}

async function eventsOf(organisationId: number, environment = 'production') {
  return t.db
    .selectFrom('monitoring_events')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('environment', '=', environment as 'production')
    .orderBy('seq')
    .execute();
}

/** An organisation whose agreement grants monitoring of `scopes` in both environments. */
async function monitoringOrganisation(scopes: string[]) {
  const organisation = await makeOrganisation(t.db);
  const agreement = await makeConcludedAgreement(t.db, organisation.id, {
    environments: ['test', 'production'],
    scopes,
  });
  await allowMonitoring(t.db, agreement.id);
  return organisation;
}

describe('events from register changes', () => {
  it('tells each monitoring organisation, with only the scopes its agreement grants', async () => {
    const person = await makePerson(t.db);
    const addresses = await monitoringOrganisation(['identity', 'addresses']);
    const namesOnly = await monitoringOrganisation(['identity']);
    const bystander = await monitoringOrganisation(['addresses']);
    await makeMonitoringEntry(t.db, {
      organisationId: addresses.id,
      personId: person.personId,
      reference: 'klients-17',
    });
    await makeMonitoringEntry(t.db, { organisationId: namesOnly.id, personId: person.personId });
    await produceAllCommitted(t.db);

    const changeSeq = await declareAddress(person.personId);
    await changeName(person.personId);
    await produceAllCommitted(t.db);

    const a = await eventsOf(addresses.id);
    expect(a.map((e) => [e.seq, e.type, e.kind, e.scopes, e.reference])).toEqual([
      [1, 'change', 'address', ['addresses'], 'klients-17'],
      [2, 'change', 'name', ['identity'], 'klients-17'],
    ]);
    expect(a[0]).toMatchObject({ change_seq: changeSeq, correction: false });
    expect(a[0]?.personal_code).toBe(person.personalCode);
    // An address change touches nothing an identity-only agreement grants: no event.
    const n = await eventsOf(namesOnly.id);
    expect(n.map((e) => [e.seq, e.kind, e.scopes])).toEqual([[1, 'name', ['identity']]]);
    expect(await eventsOf(bystander.id)).toEqual([]);
    // Producing again makes nothing twice.
    await produceAllCommitted(t.db);
    expect(await eventsOf(addresses.id)).toHaveLength(2);
  });

  it('makes no events for entries not open at the change, nor without monitoring agreed', async () => {
    const person = await makePerson(t.db);
    const ended = await monitoringOrganisation(['addresses']);
    const future = await monitoringOrganisation(['addresses']);
    const withoutMonitoring = await makeOrganisation(t.db);
    await makeConcludedAgreement(t.db, withoutMonitoring.id, { scopes: ['addresses'] });
    await makeMonitoringEntry(t.db, {
      organisationId: ended.id,
      personId: person.personId,
      addedAt: new Date('2026-01-01T00:00:00Z'),
      endsAt: new Date('2026-02-01T00:00:00Z'),
    });
    await makeMonitoringEntry(t.db, {
      organisationId: future.id,
      personId: person.personId,
      addedAt: new Date(Date.now() + 30 * 24 * 3600_000),
    });
    await makeMonitoringEntry(t.db, {
      organisationId: withoutMonitoring.id,
      personId: person.personId,
    });
    await declareAddress(person.personId);
    await produceAllCommitted(t.db);
    for (const org of [ended, future, withoutMonitoring])
      expect(await eventsOf(org.id)).toEqual([]);
  });

  it('marks corrections, and tells those who read the wrong value though they do not monitor', async () => {
    const person = await makePerson(t.db);
    const monitor = await monitoringOrganisation(['addresses']);
    const reader = await makeOrganisation(t.db);
    const oldReader = await makeOrganisation(t.db);
    const pdpReader = await makeOrganisation(t.db);
    await makeMonitoringEntry(t.db, { organisationId: monitor.id, personId: person.personId });
    // The monitor also read it by the API: one event for it, the change marked as a correction.
    await readByOrganisation(monitor.id, person.personId, ['addresses'], 'api', 20);
    await readByOrganisation(reader.id, person.personId, ['identity', 'addresses'], 'api', 60);
    await readByOrganisation(pdpReader.id, person.personId, ['addresses'], 'browser', 170);
    await readByOrganisation(oldReader.id, person.personId, ['addresses'], 'api', 190);
    await produceAllCommitted(t.db);

    await declareAddress(person.personId, '?correction=true');
    await produceAllCommitted(t.db);

    const m = await eventsOf(monitor.id);
    expect(m.map((e) => [e.type, e.kind, e.correction, e.scopes])).toEqual([
      ['change', 'address', true, ['addresses']],
    ]);
    const r = await eventsOf(reader.id);
    expect(r.map((e) => [e.seq, e.type, e.kind, e.correction, e.scopes, e.reference])).toEqual([
      [1, 'correction', 'address', true, ['addresses'], null],
    ]);
    expect(await eventsOf(pdpReader.id)).toHaveLength(1);
    // Read more than six months before the correction: not told.
    expect(await eventsOf(oldReader.id)).toEqual([]);
    // A change that is not a correction tells a reader nothing.
    await declareAddress(person.personId);
    await produceAllCommitted(t.db);
    expect(await eventsOf(reader.id)).toHaveLength(1);
  });

  it('makes a death the last event and ends the entries with it', async () => {
    const person = await makePerson(t.db);
    const monitor = await monitoringOrganisation(['identity', 'death', 'addresses']);
    const entry = await makeMonitoringEntry(t.db, {
      organisationId: monitor.id,
      personId: person.personId,
      endsAt: new Date(Date.now() + 60 * 24 * 3600_000),
    });
    await registerDeath(person.personId);
    await produceAllCommitted(t.db);

    const events = await eventsOf(monitor.id);
    expect(events.map((e) => [e.kind, e.scopes])).toEqual([['death', ['death', 'identity']]]);
    const row = await t.db
      .selectFrom('monitoring_entries')
      .select(['ends_at', 'end_reason', 'ended_by'])
      .where('id', '=', entry.id)
      .executeTakeFirstOrThrow();
    expect(row.end_reason).toBe('death');
    expect(row.ends_at?.toISOString()).toBe(events[0]?.occurred_at.toISOString());
  });

  it('makes test-environment events from changes to the test data set', async () => {
    await loadTestDataset(t.db, createEnvelope(t.config.secrets.encryptionKey), 3);
    const code = await t.db
      .selectFrom('persons')
      .select('personal_code')
      .where('dataset', '=', 'test')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    // The operator (and the command line's `--test`) finds a test person in the test data set.
    const found = await t.app.inject({
      method: 'POST',
      url: '/api/operator/v1/persons/lookup',
      headers: operator(),
      payload: { personalCode: code.personal_code, reason: 'test events', dataset: 'test' },
    });
    expect(found.statusCode, found.body).toBe(200);
    const testPerson = { id: found.json<{ personId: number }>().personId };
    const monitor = await monitoringOrganisation(['addresses']);
    await makeMonitoringEntry(t.db, {
      organisationId: monitor.id,
      personId: testPerson.id,
      environment: 'test',
    });
    // The same person's production monitoring does not see the test person's changes.
    await makeMonitoringEntry(t.db, { organisationId: monitor.id, personId: testPerson.id });
    await declareAddress(testPerson.id);
    await produceAllCommitted(t.db);
    expect((await eventsOf(monitor.id, 'test')).map((e) => [e.seq, e.kind])).toEqual([
      [1, 'address'],
    ]);
    expect(await eventsOf(monitor.id, 'production')).toEqual([]);
  });
});

async function readByOrganisation(
  organisationId: number,
  personId: number,
  scopes: string[],
  channel: 'api' | 'browser',
  daysAgo: number,
) {
  // Register changes carry the database's time, so the reads are placed before it.
  const at = new Date(Date.now() - daysAgo * 24 * 3600_000);
  await sql`
    insert into audit_events (occurred_at, actor_type, actor_id, organisation_id, subject_person_id,
      action, scopes, channel, environment)
    values (${at}, 'system_client', 'test', ${organisationId},
      ${personId}, 'person.read', ${scopes}::text[], ${channel}, 'production')
  `.execute(t.db);
}
