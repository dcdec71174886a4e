import type { Environment } from '../../src/agreements/service.ts';
import { recordUsage, type IssueContext } from '../../src/billing/service.ts';
import type { Db } from '../../src/database.ts';
import { makeConcludedAgreement } from './agreements.ts';
import { makeOrganisation } from './organisations.ts';

/** The example payee of the test settings, as an invoice's context wants it. */
export function issueContext(today: string, exempt: 'zero' | 'none' = 'zero'): IssueContext {
  return {
    payee: {
      name: 'Pilsonības un migrācijas lietu pārvalde',
      registrationNumber: '90000000001',
      iban: 'LV00TREL0000000000000',
      bic: 'TRELLV22',
      example: true,
    },
    today,
    exemptOrganisations: exempt,
  };
}

/**
 * An organisation with a concluded agreement from `validFrom` to `validUntil`, monitoring when
 * asked, for the invoices of the months it covers.
 */
export async function billedOrganisation(
  db: Db,
  terms: {
    validFrom: string;
    validUntil: string | null;
    environments?: Environment[];
    monitoring?: boolean;
    legalForm?: 'public' | 'private';
  },
): Promise<{ id: number; name: string; agreementId: number }> {
  const organisation = await makeOrganisation(db, { legalForm: terms.legalForm ?? 'private' });
  const agreement = await makeConcludedAgreement(db, organisation.id, {
    environments: terms.environments ?? ['test'],
    validFrom: terms.validFrom,
    validUntil: terms.validUntil,
  });
  if (terms.monitoring === true) {
    await db
      .updateTable('agreements')
      .set({ monitoring: true, monitoring_persons: 5000 })
      .where('id', '=', agreement.id)
      .execute();
  }
  return { id: organisation.id, name: organisation.name, agreementId: agreement.id };
}

/** Records a day's count in the usage meter, as the daily count and monitoring do. */
export async function usage(
  db: Db,
  organisationId: number,
  metric: 'users' | 'monitored_persons',
  environment: Environment,
  day: string,
  count: number,
): Promise<void> {
  await recordUsage(db, { organisationId, environment, metric, day, count });
}
