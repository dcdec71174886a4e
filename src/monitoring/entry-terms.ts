import {
  agreementsInForce,
  lockAgreementById,
  type AgreementInForce,
  type Environment,
} from '../agreements/service.ts';
import type { Db } from '../database.ts';

/** What the agreements in force allow an organisation to monitor in one environment. */
export interface MonitoringTerms {
  /** The persons it may monitor at once: the sum over its agreements that include monitoring. */
  limit: number;
  /** The purposes of those agreements, one of which each entry names. */
  purposes: string[];
}

function withMonitoring(agreements: readonly AgreementInForce[], environment: Environment) {
  return agreements.filter((a) => a.monitoring && a.environments.includes(environment));
}

/**
 * The terms on a Riga day, or null when no agreement in force includes monitoring there. With
 * `lock`, the agreements in force are locked first, in one order, as the browser-user quota
 * does: two additions at once then take turns, so the second counts what the first added.
 */
export async function monitoringTerms(
  trx: Db,
  organisationId: number,
  environment: Environment,
  day: string,
  options: { lock: boolean },
): Promise<{ terms: MonitoringTerms | null; agreementInForce: boolean }> {
  let agreements = await agreementsInForce(trx, organisationId, day);
  if (options.lock && agreements.length > 0) {
    for (const id of agreements.map((a) => a.agreementId).sort((a, b) => a - b)) {
      await lockAgreementById(trx, id);
    }
    // Read again under the lock: an amendment concluded meanwhile has replaced the terms.
    agreements = await agreementsInForce(trx, organisationId, day);
  }
  const agreementInForce = agreements.some((a) => a.environments.includes(environment));
  const monitoring = withMonitoring(agreements, environment);
  if (monitoring.length === 0) return { terms: null, agreementInForce };
  const purposes = [...new Set(monitoring.flatMap((a) => a.grants.map((g) => g.purpose)))].sort(
    (a, b) => a.localeCompare(b, 'lv'),
  );
  return {
    terms: {
      limit: monitoring.reduce((sum, a) => sum + (a.monitoringPersons ?? 0), 0),
      purposes,
    },
    agreementInForce,
  };
}
