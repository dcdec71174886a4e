import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providePersons, type DataRequest, type Recipient } from '../src/access/provision.ts';
import { balanceOf, recordDeposit } from '../src/billing/ledger.ts';
import type { Db } from '../src/database.ts';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import { AppError } from '../src/platform/errors.ts';
import { loadTestDataset } from '../src/register/service.ts';
import { fixedClock } from './support/app.ts';
import { createTestDatabase } from './support/database.ts';
import { makePerson, nextPersonalCode } from './support/factories.ts';
import { makeOrganisation } from './support/organisations.ts';

const envelope = createEnvelope(Buffer.alloc(32, 3));
const clock = fixedClock('2026-11-24T10:00:00Z');
const UNKNOWN = nextPersonalCode('1990-02-03');
const PURPOSE = 'Klientu identifikācija kredīta līgumu slēgšanai';
let db: Db;
let close: () => Promise<void>;
let serial = 0;

beforeAll(async () => {
  const database = await createTestDatabase();
  db = database.db;
  close = () => database.close();
  await loadTestDataset(db, envelope, 30);
});
afterAll(async () => {
  await close();
});

/** An organisation with a concluded agreement granting identity and addresses for one purpose. */
async function organisationWithAgreement(legalForm: 'public' | 'private' = 'private') {
  const org = await makeOrganisation(db, { legalForm });
  serial += 1;
  const agreement = await db
    .insertInto('agreements')
    .values({
      organisation_id: org.id,
      reference: `LIG-2026-T${String(serial).padStart(5, '0')}`,
      status: 'concluded',
      environments: ['test', 'production'],
      pdp_users: 2,
      system_connections: 1,
      monitoring: false,
      valid_from: '2026-01-01',
      concluded_version: 1,
      concluded_at: new Date('2026-01-01T00:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('agreement_grants')
    .values(
      ['identity', 'addresses'].map((scope) => ({
        agreement_id: agreement.id,
        scope,
        legal_basis_law: 'Kredītiestāžu likums',
        legal_basis_article: '41. pants',
        purpose: PURPOSE,
      })),
    )
    .execute();
  return { ...org, agreementId: agreement.id };
}

/** Pays `amountCents` into the organisation's prepaid balance, as a bank transfer would. */
async function deposit(organisationId: number, amountCents: number): Promise<void> {
  await db.transaction().execute((trx) =>
    recordDeposit(trx, {
      organisationId,
      amountCents,
      bankReference: `RF-${organisationId}`,
      staffId: null,
    }),
  );
}

function recipient(
  organisationId: number,
  environment: 'test' | 'production' = 'production',
): Recipient {
  serial += 1;
  return {
    organisationId,
    environment,
    actorType: 'system_client',
    actorId: 'rg-client',
    channel: 'api',
    requestId: `req-${serial}`,
  };
}

function ask(codes: string[], overrides: Partial<DataRequest> = {}): DataRequest {
  return {
    select: { codes },
    purpose: PURPOSE,
    scopes: null,
    endUser: 'Lieta 2026/17',
    idempotencyKey: null,
    ...overrides,
  };
}

const deps = { envelope, clock, stateFeeCents: 200 };

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

async function auditRows(organisationId: number) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('id')
    .execute();
}

describe('providing person data to an organisation', () => {
  it('answers exactly the granted scopes, charges EUR 2.00 a person and audits each', async () => {
    const org = await organisationWithAgreement();
    await deposit(org.id, 1000);
    const a = await makePerson(db);
    const b = await makePerson(db);
    const answer = await providePersons(
      db,
      deps,
      recipient(org.id),
      ask([a.personalCode, b.personalCode, UNKNOWN]),
    );
    expect(answer.persons).toHaveLength(2);
    for (const person of answer.persons) {
      expect(Object.keys(person).sort()).toEqual(['addresses', 'identity', 'personalCode']);
    }
    expect(answer.feeTotalCents).toBe(400);
    expect(await balanceOf(db, org.id)).toBe(600);
    const rows = await auditRows(org.id);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      actor_type: 'system_client',
      purpose: PURPOSE,
      environment: 'production',
      fee_cents: 200,
      fee_exempt: false,
      reason: 'Lieta 2026/17',
      channel: 'api',
    });
    expect(rows[0]?.legal_basis).toContain('Kredītiestāžu likums');
  });

  it('refuses a scope not granted, a purpose not allowed and an unknown person, charging nothing', async () => {
    const org = await organisationWithAgreement();
    await deposit(org.id, 1000);
    const a = await makePerson(db);
    expect(
      (
        await refusal(
          providePersons(
            db,
            deps,
            recipient(org.id),
            ask([a.personalCode], { scopes: ['identity', 'documents'] }),
          ),
        )
      ).code,
    ).toBe('scope_not_granted');
    expect(
      (
        await refusal(
          providePersons(
            db,
            deps,
            recipient(org.id),
            ask([a.personalCode], { purpose: 'Mārketings' }),
          ),
        )
      ).code,
    ).toBe('purpose_not_allowed');
    expect((await refusal(providePersons(db, deps, recipient(org.id), ask([UNKNOWN])))).code).toBe(
      'persons_not_found',
    );
    expect((await refusal(providePersons(db, deps, recipient(org.id), ask(['123'])))).code).toBe(
      'personal_code_length',
    );
    expect(await balanceOf(db, org.id)).toBe(1000);
    expect(await auditRows(org.id)).toHaveLength(0);
  });

  it('answers a retry with the same key again without a second charge', async () => {
    const org = await organisationWithAgreement();
    await deposit(org.id, 1000);
    const a = await makePerson(db);
    const first = await providePersons(
      db,
      deps,
      recipient(org.id),
      ask([a.personalCode], { idempotencyKey: 'k-1' }),
    );
    const again = await providePersons(
      db,
      deps,
      recipient(org.id),
      ask([a.personalCode], { idempotencyKey: 'k-1' }),
    );
    expect(again).toEqual(first);
    expect(await balanceOf(db, org.id)).toBe(800);
    expect(await auditRows(org.id)).toHaveLength(1);
    const other = await makePerson(db);
    expect(
      (
        await refusal(
          providePersons(
            db,
            deps,
            recipient(org.id),
            ask([other.personalCode], { idempotencyKey: 'k-1' }),
          ),
        )
      ).code,
    ).toBe('idempotency_key_reused');
    // The stored answer is sealed: no person data in the table in clear.
    const stored = await db
      .selectFrom('idempotent_answers')
      .select('answer')
      .where('organisation_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(stored.answer).toString('latin1')).not.toContain(a.personalCode);
  });

  it('refuses with the amount needed when the balance is short, providing and charging nothing', async () => {
    const org = await organisationWithAgreement();
    await deposit(org.id, 300);
    const a = await makePerson(db);
    const b = await makePerson(db);
    const short = await refusal(
      providePersons(db, deps, recipient(org.id), ask([a.personalCode, b.personalCode])),
    );
    expect(short.code).toBe('insufficient_balance');
    expect(short.details).toMatchObject({ neededCents: 400, balanceCents: 300 });
    expect(await balanceOf(db, org.id)).toBe(300);
    expect(await auditRows(org.id)).toHaveLength(0);
  });

  it('lets a public body pay nothing, recording the exemption on each audit row', async () => {
    const org = await organisationWithAgreement('public');
    const a = await makePerson(db);
    const answer = await providePersons(db, deps, recipient(org.id), ask([a.personalCode]));
    expect(answer.feeExempt).toBe(true);
    expect(answer.feeTotalCents).toBe(0);
    expect(await auditRows(org.id)).toMatchObject([{ fee_cents: 0, fee_exempt: true }]);
  });

  it('answers the test environment from the test data set only', async () => {
    const org = await organisationWithAgreement();
    const testPerson = await db
      .selectFrom('persons')
      .select('personal_code')
      .where('dataset', '=', 'test')
      .executeTakeFirstOrThrow();
    const production = await makePerson(db);
    const answer = await providePersons(
      db,
      deps,
      recipient(org.id, 'test'),
      ask([testPerson.personal_code]),
    );
    expect(answer.persons[0]?.identity?.personalCode).toBe(testPerson.personal_code);
    expect(answer.feeTotalCents).toBe(0);
    expect(
      (
        await refusal(
          providePersons(db, deps, recipient(org.id, 'test'), ask([production.personalCode])),
        )
      ).code,
    ).toBe('persons_not_found');
    expect(
      (await refusal(providePersons(db, deps, recipient(org.id), ask([testPerson.personal_code]))))
        .code,
    ).toBe('persons_not_found');
  });

  it('stops at once when the agreement is terminated', async () => {
    const org = await organisationWithAgreement('public');
    const a = await makePerson(db);
    await providePersons(db, deps, recipient(org.id), ask([a.personalCode]));
    await sql`update agreements set status = 'terminated', terminated_from = '2026-11-24' where id = ${org.agreementId}`.execute(
      db,
    );
    expect(
      (await refusal(providePersons(db, deps, recipient(org.id), ask([a.personalCode])))).code,
    ).toBe('no_agreement_for_environment');
  });
});
