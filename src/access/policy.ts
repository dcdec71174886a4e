import type { AgreementInForce, Environment } from '../agreements/service.ts';
import { AppError } from '../platform/errors.ts';
import type { DataScope } from '../register/service.ts';
import { accessErrors } from './errors.ts';

/** What one query may receive: decided from the concluded agreements before any data is read. */
export interface AccessDecision {
  agreementId: number;
  agreementReference: string;
  scopes: DataScope[];
  purpose: string;
  /** Each scope's law and article, as the audit row records them. */
  legalBasis: string;
  criteriaSearch: boolean;
}

/**
 * The grants that cover this environment and purpose, narrowed to the scopes asked for (all of
 * them when none are named). Refuses, never trims: a scope asked for and not granted is an error.
 */
export function decideAccess(
  agreements: readonly AgreementInForce[],
  query: { environment: Environment; purpose: string; scopes: readonly DataScope[] | null },
): AccessDecision {
  const inEnvironment = agreements.filter((a) => a.environments.includes(query.environment));
  if (inEnvironment.length === 0) throw new AppError(accessErrors.no_agreement_for_environment);
  const purpose = query.purpose.trim();
  const agreement = inEnvironment.find((a) => a.grants.some((g) => g.purpose === purpose));
  if (agreement === undefined) throw new AppError(accessErrors.purpose_not_allowed);
  const grants = agreement.grants.filter((g) => g.purpose === purpose);
  const granted = new Map(grants.map((g) => [g.scope, g]));
  const scopes = query.scopes ?? (grants.map((g) => g.scope) as DataScope[]);
  for (const scope of scopes) {
    if (!granted.has(scope)) throw new AppError(accessErrors.scope_not_granted, { scope });
  }
  const unique = [...new Set(scopes)];
  return {
    agreementId: agreement.agreementId,
    agreementReference: agreement.reference,
    scopes: unique,
    purpose,
    legalBasis: unique
      .map((scope) => {
        const g = granted.get(scope);
        return g === undefined ? scope : `${scope}: ${g.legalBasisLaw}, ${g.legalBasisArticle}`;
      })
      .join('; '),
    criteriaSearch: agreement.criteriaSearch,
  };
}

/** The distinct purposes an organisation may state in an environment, for forms and the API. */
export function allowedPurposes(
  agreements: readonly AgreementInForce[],
  environment: Environment,
): string[] {
  const purposes = agreements
    .filter((a) => a.environments.includes(environment))
    .flatMap((a) => a.grants.map((g) => g.purpose));
  return [...new Set(purposes)].sort((a, b) => a.localeCompare(b, 'lv'));
}
