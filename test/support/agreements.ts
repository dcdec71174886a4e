import type { Environment } from '../../src/agreements/service.ts';
import type { Db } from '../../src/database.ts';

let serial = 0;

/**
 * A concluded agreement written straight to its tables, for tests of what an agreement allows
 * (connections, access). Granted scopes get a legal basis and purpose of their own.
 */
export async function makeConcludedAgreement(
  db: Db,
  organisationId: number,
  terms: Partial<{
    environments: Environment[];
    systemConnections: number;
    pdpUsers: number;
    scopes: string[];
    validFrom: string;
    validUntil: string | null;
  }> = {},
): Promise<{ id: number; reference: string }> {
  serial += 1;
  const reference = `LIG-2026-${String(process.pid % 1000).padStart(3, '0')}${String(serial).padStart(3, '0')}`;
  const row = await db
    .insertInto('agreements')
    .values({
      organisation_id: organisationId,
      request_id: null,
      amends_agreement_id: null,
      reference,
      status: 'concluded',
      environments: terms.environments ?? ['test'],
      pdp_users: terms.pdpUsers ?? 0,
      system_connections: terms.systemConnections ?? 2,
      monitoring: false,
      monitoring_persons: null,
      valid_from: terms.validFrom ?? '2026-01-01',
      valid_until: terms.validUntil ?? null,
      concluded_version: 1,
      concluded_at: new Date('2026-01-01T10:00:00Z'),
      terminated_from: null,
      termination_reason: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const scope of terms.scopes ?? ['identity']) {
    await db
      .insertInto('agreement_grants')
      .values({
        agreement_id: row.id,
        scope,
        legal_basis_law: 'Fizisko personu reģistra likums',
        legal_basis_article: '11. panta pirmā daļa',
        purpose: 'Klientu identifikācija',
      })
      .execute();
  }
  return { id: row.id, reference };
}

/** Ends an agreement from a day (inclusive), as a termination does. */
export async function terminateAgreement(db: Db, agreementId: number, fromDay: string) {
  await db
    .updateTable('agreements')
    .set({ terminated_from: fromDay, termination_reason: 'Izbeigts pēc pušu vienošanās' })
    .where('id', '=', agreementId)
    .execute();
}
