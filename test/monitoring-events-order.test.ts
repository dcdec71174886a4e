import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/database.ts';
import { produceEvents } from '../src/monitoring/service.ts';
import { declareAddress } from '../src/register/service.ts';
import { makeConcludedAgreement } from './support/agreements.ts';
import { createTestDatabase } from './support/database.ts';
import { makePerson, someAddressCode } from './support/factories.ts';
import { allowMonitoring, makeMonitoringEntry } from './support/monitoring-entries.ts';
import { produceAllCommitted } from './support/monitoring-producer.ts';
import { makeOrganisation } from './support/organisations.ts';

/**
 * The change log's `seq` is taken when a transaction writes, not when it commits. A producer that
 * read by `seq` alone would pass a slow transaction's change while it is still open and never see
 * it after. These tests hold a transaction open (PostgreSQL: real concurrent connections) and
 * check that its change is neither passed nor lost, and nothing is told twice.
 */

let db: Db;
let close: () => Promise<void>;
const onPostgres = process.env.DATABASE_URL !== undefined;

beforeAll(async () => {
  const database = await createTestDatabase({ poolSize: 6 });
  db = database.db;
  close = () => database.close();
});
afterAll(async () => close());

const ctx = { authority: 'PMLP', process: 'address_declaration', today: '2026-11-20' };

function addressChange(trx: Db, personId: number, index: number) {
  return declareAddress(
    trx,
    personId,
    { addressCode: someAddressCode(index), flat: null, kind: 'declared', validFrom: '2026-11-20' },
    ctx,
  );
}

async function monitoredPersons(count: number) {
  const organisation = await makeOrganisation(db);
  const agreement = await makeConcludedAgreement(db, organisation.id, {
    environments: ['production'],
    scopes: ['addresses'],
  });
  await allowMonitoring(db, agreement.id);
  const persons = [];
  for (let i = 0; i < count; i++) {
    const person = await makePerson(db);
    await makeMonitoringEntry(db, { organisationId: organisation.id, personId: person.personId });
    persons.push(person);
  }
  await produceAllCommitted(db);
  return { organisationId: organisation.id, persons };
}

async function changeSeqsOf(organisationId: number) {
  const rows = await db
    .selectFrom('monitoring_events')
    .select(['seq', 'change_seq'])
    .where('organisation_id', '=', organisationId)
    .orderBy('seq')
    .execute();
  rows.forEach((row, i) => expect(row.seq).toBe(i + 1));
  return rows.map((r) => r.change_seq);
}

/** A promise with its resolve, to hold a transaction open until the test lets it go. */
function gate() {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe.runIf(onPostgres)('a slow transaction committing after a fast one (PostgreSQL)', () => {
  it('is not passed while open, and both changes become events once, in commit-safe order', async () => {
    const { organisationId, persons } = await monitoredPersons(2);
    const [slowPerson, fastPerson] = persons as [(typeof persons)[0], (typeof persons)[0]];
    const slowWrote = gate();
    const release = gate();
    const slow = db.transaction().execute(async (trx) => {
      const change = await addressChange(trx, slowPerson.personId, 2);
      slowWrote.open();
      await release.promise;
      return change.changeSeq;
    });
    await slowWrote.promise;
    const fast = await db
      .transaction()
      .execute(async (trx) => (await addressChange(trx, fastPerson.personId, 3)).changeSeq);

    // The slow change has the lower seq and has not committed; the fast one has.
    expect(fast).toBeGreaterThan(0);
    const whileOpen = await produceEvents(db);
    expect(whileOpen.ran).toBe(true);
    expect(await changeSeqsOf(organisationId)).toEqual([]);

    release.open();
    const slowSeq = await slow;
    expect(slowSeq).toBeLessThan(fast);
    await produceAllCommitted(db);
    expect(await changeSeqsOf(organisationId)).toEqual([slowSeq, fast]);
    await produceAllCommitted(db);
    expect(await changeSeqsOf(organisationId)).toEqual([slowSeq, fast]);
  });

  it('loses and repeats nothing while many writers and two producers run at once', async () => {
    const { organisationId, persons } = await monitoredPersons(4);
    let writing = true;
    const producer = async () => {
      while (writing) await produceEvents(db, 3);
    };
    const producers = [producer(), producer()];
    const written = await Promise.all(
      persons.map(async (person, p) => {
        const seqs: number[] = [];
        for (let i = 0; i < 6; i++) {
          seqs.push(
            await db.transaction().execute(async (trx) => {
              const change = await addressChange(trx, person.personId, p * 6 + i);
              // Commit out of seq order: some writers linger before committing.
              if ((p + i) % 3 === 0) await new Promise((resolve) => setImmediate(resolve));
              return change.changeSeq;
            }),
          );
        }
        return seqs;
      }),
    );
    writing = false;
    await Promise.all(producers);
    await produceAllCommitted(db);
    const told = await changeSeqsOf(organisationId);
    expect([...told].sort((a, b) => a - b)).toEqual(written.flat().sort((a, b) => a - b));
    expect(new Set(told).size).toBe(told.length);
  });
});

describe('one producer at a time', () => {
  it('makes each event once when producers are called together', async () => {
    const { organisationId, persons } = await monitoredPersons(2);
    for (const [i, person] of persons.entries()) {
      await db.transaction().execute((trx) => addressChange(trx, person.personId, i + 4));
    }
    const steps = await Promise.all([produceEvents(db, 1), produceEvents(db, 1)]);
    // On PostgreSQL the second finds the producer held; on PGlite the calls run one after another.
    expect(steps.filter((s) => s.ran).length).toBeGreaterThanOrEqual(1);
    await produceAllCommitted(db);
    expect(await changeSeqsOf(organisationId)).toHaveLength(2);
  });
});
