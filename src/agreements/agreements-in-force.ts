import type { Db } from '../database.ts';
import * as store from './agreement-store.ts';
import type { Environment } from './tables.ts';

/** One data scope an agreement grants, with the legal basis and purpose it was granted for. */
export interface Grant {
  scope: string;
  legalBasisLaw: string;
  legalBasisArticle: string;
  purpose: string;
}

/** The terms of a concluded agreement: what every later access check reads. */
export interface AgreementInForce {
  agreementId: number;
  reference: string;
  organisationId: number;
  environments: Environment[];
  pdpUsers: number;
  systemConnections: number;
  monitoring: boolean;
  monitoringPersons: number | null;
  responsibleCreatesUsers: boolean;
  /** May search by surname, given name and birth date, not only by personal code. */
  criteriaSearch: boolean;
  validFrom: string;
  validUntil: string | null;
  grants: Grant[];
}

/**
 * The organisation's concluded agreements in force on a day (ISO date): concluded, begun, not
 * expired and not terminated by then. Amended agreements are 'superseded' and so drop out. A
 * terminated agreement stays in force until the day its termination takes effect.
 */
export async function agreementsInForce(
  db: Db,
  organisationId: number,
  day: string,
): Promise<AgreementInForce[]> {
  const rows = await store.concludedAgreementsOn(db, organisationId, day);
  if (rows.length === 0) return [];
  const grants = await store.grantsOfAgreements(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    agreementId: row.id,
    reference: row.reference,
    organisationId: row.organisation_id,
    environments: row.environments,
    pdpUsers: row.pdp_users,
    systemConnections: row.system_connections,
    monitoring: row.monitoring,
    monitoringPersons: row.monitoring_persons,
    responsibleCreatesUsers: row.responsible_creates_users,
    criteriaSearch: row.criteria_search,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    grants: grants
      .filter((g) => g.agreement_id === row.id)
      .map((g) => ({
        scope: g.scope,
        legalBasisLaw: g.legal_basis_law,
        legalBasisArticle: g.legal_basis_article,
        purpose: g.purpose,
      })),
  }));
}
