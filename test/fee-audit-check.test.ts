import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { providePersons } from '../src/access/provision.ts';
import { describeFeeAuditMismatch, firstFeeAuditMismatch } from '../src/billing/fee-audit-check.ts';
import { recordDeposit } from '../src/billing/ledger.ts';
import type { Db } from '../src/database.ts';
import { appendAudit } from '../src/platform/audit/audit-log.ts';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import { makeConcludedAgreement } from './support/agreements.ts';
import { fixedClock } from './support/app.ts';
import { createTestDatabase } from './support/database.ts';
import { makePerson } from './support/factories.ts';
import { makeOrganisation } from './support/organisations.ts';

/**
 * `ledger check`'s comparison of state-fee debits with the `person.read` audit rows of the same
 * provision: a row removed before it is sealed is invisible to the chain, but not to the ledger.
 */

const deps = {
  envelope: createEnvelope(Buffer.alloc(32, 3)),
  clock: fixedClock('2026-11-24T10:00:00Z'),
  stateFeeCents: 200,
};
let db: Db;
let close: () => Promise<void>;

beforeEach(async () => {
  const database = await createTestDatabase();
  db = database.db;
  close = () => database.close();
});
afterEach(async () => {
  await close();
});

/** An organisation with a production agreement and money on its balance. */
async function payingOrganisation(): Promise<number> {
  const org = await makeOrganisation(db);
  await makeConcludedAgreement(db, org.id, { environments: ['production'] });
  await db.transaction().execute((trx) =>
    recordDeposit(trx, {
      organisationId: org.id,
      amountCents: 5000,
      bankReference: `RF-${org.id}`,
      staffId: null,
    }),
  );
  return org.id;
}

/** One provision of `persons` persons, under its own request id. */
async function provide(organisationId: number, requestId: string, persons: number) {
  const codes: string[] = [];
  for (let i = 0; i < persons; i++) codes.push((await makePerson(db)).personalCode);
  await providePersons(
    db,
    deps,
    {
      organisationId,
      environment: 'production',
      actorType: 'system_client',
      actorId: 'rg-client',
      channel: 'api',
      requestId,
    },
    {
      select: { codes },
      purpose: 'Klientu identifikācija',
      scopes: null,
      endUser: 'Lieta 1',
      idempotencyKey: null,
    },
  );
}

describe('state fees against the audit log', () => {
  it('finds nothing wrong in provisions as made, and names a provision whose unsealed row was deleted', async () => {
    const org = await payingOrganisation();
    await provide(org, 'req-a', 1);
    await provide(org, 'req-b', 2);
    await provide(org, 'req-c', 3);
    expect(await firstFeeAuditMismatch(db)).toBeUndefined();

    const row = await db
      .selectFrom('audit_events')
      .select('id')
      .where('request_id', '=', 'req-b')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    // Behind the triggers' back, as someone with the database's keys could, before sealing.
    await db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await sql`delete from audit_events where id = ${row.id}`.execute(trx);
    });
    const movement = await db
      .selectFrom('ledger_movements')
      .select('id')
      .where('reference', '=', 'req-b')
      .executeTakeFirstOrThrow();
    const mismatch = await firstFeeAuditMismatch(db);
    expect(mismatch).toMatchObject({
      organisationId: org,
      requestId: 'req-b',
      debitCents: 400,
      movementId: movement.id,
      readRows: 1,
      rowFeesCents: 200,
    });
    expect(describeFeeAuditMismatch(mismatch ?? expect.fail())).toBe(
      `State fee and audit log disagree: organisation ${org}, request req-b: a debit of 400 ` +
        `cents (ledger movement ${movement.id}), 1 charged person.read audit rows with fees of ` +
        `200 cents (first audit row ${mismatch?.firstAuditRowId}).`,
    );
  });

  it('names a charged row that no debit paid for', async () => {
    const org = await payingOrganisation();
    await provide(org, 'req-a', 1);
    const person = await makePerson(db);
    await appendAudit(db, {
      actorType: 'system_client',
      actorId: 'rg-client',
      organisationId: org,
      subjectPersonId: person.personId,
      action: 'person.read',
      channel: 'api',
      environment: 'production',
      feeCents: 200,
      requestId: 'req-unpaid',
    });
    const mismatch = await firstFeeAuditMismatch(db);
    expect(mismatch).toMatchObject({ requestId: 'req-unpaid', debitCents: 0, movementId: null });
    expect(describeFeeAuditMismatch(mismatch ?? expect.fail())).toContain(
      'request req-unpaid: no state-fee debit, 1 charged person.read audit rows',
    );
  });
});
