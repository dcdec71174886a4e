import type { FastifyRequest } from 'fastify';
import { balanceOf } from '../billing/service.ts';
import { principalOf } from '../platform/http/auth.ts';
import type { App } from '../platform/http/app-type.ts';
import { errorResponses, withExample } from '../platform/http/schemas.ts';
import { rigaDate } from '../platform/time/riga.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  AgreementAnswer,
  BatchBody,
  ByCodeBody,
  IdempotencyHeaders,
  PersonAnswer,
  PersonsAnswer,
  SearchBody,
} from './api-schemas.ts';
import {
  agreementAnswerExample,
  batchExample,
  byCodeExample,
  personAnswerExample,
  personsAnswerExample,
  searchExample,
} from './api-examples.ts';
import { accessErrors } from './errors.ts';
import { AppError } from '../platform/errors.ts';
import { providePersons, type DataRequest, type Provision } from './provision.ts';
import { stateFeeOn } from './state-fee.ts';
import { termsInForce } from './terms-cache.ts';
import { registerTestPersonsRoute } from './test-persons-route.ts';

const TAGS = ['Data'];
/** Besides every route's: an empty balance, and a database too busy to answer now. */
const paidErrorResponses = {
  ...errorResponses,
  402: errorResponses[400],
  429: errorResponses[400],
  503: errorResponses[400],
} as const;

/**
 * The inter-system data API. Personal codes travel in POST bodies, never in URLs, so they stay
 * out of access logs and proxies. Every answer holds exactly the scopes granted for the purpose.
 */
export function registerAccessApiRoutes(app: App, deps: RouteDeps): void {
  const config = {
    access: ['system_client'] as const,
    rateLimit: {
      max: deps.config.apiRateLimitPerMinute,
      timeWindow: '1 minute',
      // After authorisation, so the limit is per connection, not per address.
      hook: 'preHandler' as const,
      keyGenerator: (request: FastifyRequest) =>
        request.principal?.kind === 'system_client' ? request.principal.clientId : request.ip,
    },
  };

  registerTestPersonsRoute(app, config);

  const provide = async (request: FastifyRequest, data: Omit<DataRequest, 'idempotencyKey'>) => {
    const me = principalOf(request, 'system_client');
    const today = rigaDate(deps.clock.now());
    const headers = request.headers as { 'idempotency-key'?: string };
    return providePersons(
      deps.db,
      {
        envelope: deps.envelope,
        clock: deps.clock,
        stateFeeCents: await stateFeeOn(deps.db, today),
      },
      {
        organisationId: me.organisationId,
        environment: me.environment,
        actorType: 'system_client',
        actorId: me.clientId,
        channel: 'api',
        requestId: request.id,
      },
      { ...data, idempotencyKey: headers['idempotency-key'] ?? null },
    );
  };

  const frame = (request: FastifyRequest, p: Provision) => ({
    requestId: request.id,
    agreement: p.agreement,
    environment: p.environment,
    purpose: p.purpose,
    scopes: p.scopes,
    fee: { perPersonCents: p.feePerPersonCents, totalCents: p.feeTotalCents, exempt: p.feeExempt },
  });

  app.get(
    '/api/v1/agreement',
    {
      config,
      schema: {
        tags: TAGS,
        operationId: 'getAgreement',
        summary: 'What this connection may ask: purposes, their scopes and legal basis, the fee',
        response: {
          200: withExample(AgreementAnswer, agreementAnswerExample),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const me = principalOf(request, 'system_client');
      const today = rigaDate(deps.clock.now());
      const organisation = await termsInForce(deps.db, me.organisationId, today);
      const agreement = organisation?.terms.find((a) => a.environments.includes(me.environment));
      if (organisation === null || agreement === undefined) {
        throw new AppError(accessErrors.no_agreement_for_environment);
      }
      const purposes = [...new Set(agreement.grants.map((g) => g.purpose))];
      return {
        agreement: agreement.reference,
        environment: me.environment,
        criteriaSearch: agreement.criteriaSearch,
        purposes: purposes.map((purpose) => {
          const grants = agreement.grants.filter((g) => g.purpose === purpose);
          return {
            purpose,
            scopes: grants.map((g) => g.scope),
            legalBasis: grants.map((g) => ({
              scope: g.scope,
              law: g.legalBasisLaw,
              article: g.legalBasisArticle,
            })),
          };
        }),
        fee: {
          perPersonCents:
            organisation.feeExempt || me.environment === 'test'
              ? 0
              : await stateFeeOn(deps.db, today),
          exempt: organisation.feeExempt,
        },
        balanceCents: await balanceOf(deps.db, me.organisationId),
      };
    },
  );

  app.post(
    '/api/v1/persons/by-code',
    {
      config,
      schema: {
        tags: TAGS,
        operationId: 'getPersonByCode',
        summary: 'One person by personal code (EUR 2.00 state fee, paid from the prepaid balance)',
        headers: IdempotencyHeaders,
        body: withExample(ByCodeBody, byCodeExample),
        response: { 200: withExample(PersonAnswer, personAnswerExample), ...paidErrorResponses },
      },
    },
    async (request) => {
      const body = request.body;
      const p = await provide(request, {
        select: { codes: [body.personalCode] },
        purpose: body.purpose,
        scopes: body.scopes ?? null,
        endUser: body.endUser,
      });
      const person = p.persons[0];
      if (person === undefined) throw new AppError(accessErrors.persons_not_found);
      return { ...frame(request, p), person };
    },
  );

  app.post(
    '/api/v1/persons/batch',
    {
      config,
      schema: {
        tags: TAGS,
        operationId: 'getPersonsBatch',
        summary: 'Several persons by personal code; only the persons found are charged',
        headers: IdempotencyHeaders,
        body: withExample(BatchBody, batchExample),
        response: { 200: withExample(PersonsAnswer, personsAnswerExample), ...paidErrorResponses },
      },
    },
    async (request) => {
      const body = request.body;
      const p = await provide(request, {
        select: { codes: body.personalCodes },
        purpose: body.purpose,
        scopes: body.scopes ?? null,
        endUser: body.endUser,
      });
      return { ...frame(request, p), persons: p.persons, notFound: p.notFound };
    },
  );

  app.post(
    '/api/v1/persons/search',
    {
      config,
      schema: {
        tags: TAGS,
        operationId: 'searchPersons',
        summary: 'Persons by surname with given names or birth date, where the agreement allows',
        headers: IdempotencyHeaders,
        body: withExample(SearchBody, searchExample),
        response: { 200: withExample(PersonsAnswer, personsAnswerExample), ...paidErrorResponses },
      },
    },
    async (request) => {
      // The schema refuses a surname alone (its anyOf), so the criteria are never empty here.
      const body = request.body;
      const p = await provide(request, {
        select: {
          criteria: {
            surname: body.surname,
            givenNames: body.givenNames ?? null,
            birthDate: body.birthDate ?? null,
          },
        },
        purpose: body.purpose,
        scopes: body.scopes ?? null,
        endUser: body.endUser,
      });
      return { ...frame(request, p), persons: p.persons, notFound: [] };
    },
  );
}
