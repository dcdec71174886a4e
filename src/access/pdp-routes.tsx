import type {} from '@fastify/rate-limit';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { balanceOf } from '../billing/service.ts';
import { AppError, interpolate, platformErrors } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { formFields } from '../platform/http/form-body.ts';
import { submitFormOnce } from '../platform/http/form-submissions.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import { accessErrors } from './errors.ts';
import {
  fieldOfRefusal,
  pdpDataRequest,
  pdpOffer,
  PDP_ENVIRONMENT,
  readPdpForm,
  requirePdpUser,
} from './pdp-search.ts';
import { findAnswer } from './idempotent-answers.ts';
import { providePersonsIn, type Provision } from './provision.ts';
import { stateFeeOn } from './state-fee.ts';
import { PdpResultPage } from './views/pdp-result-page.tsx';
import {
  PDP_PATH,
  PDP_RESULT_PATH,
  PDP_SEARCH_PATH,
  PdpNoAgreementPage,
  PdpSearchPage,
} from './views/pdp-search-page.tsx';

const orgUser = ['org_user'] as const;
const SearchQuery = Type.Object({ merkis: Type.Optional(Type.String({ maxLength: 500 })) });
const ResultParams = Type.Object({ resultId: Type.String({ pattern: '^[A-Za-z0-9_-]{22}$' }) });

/**
 * The Idempotency-Key a search's form token becomes, and under which its sealed answer is kept:
 * it names the browser user, so a result id shows the result to that user only.
 */
const resultKey = (orgUserId: number, resultId: string) => `pdp:${orgUserId}:${resultId}`;

/**
 * Searches a browser user may make: enough for a busy desk, too few for a script harvesting the
 * register. Counted per user, after sign-in is checked, so colleagues do not share one count.
 */
export const PDP_SEARCHES_PER_MINUTE = 30;
export const PDP_SEARCHES_PER_DAY = 600;

/**
 * A visitor who is not signed in is sent to the organisations' sign-in (the app's own handler
 * would send them to the residents' one), and comes back here after it. Everything else goes on
 * to the app's handler.
 */
function toOrganisationSignIn(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (
    error instanceof AppError &&
    error.code === platformErrors.unauthenticated.code &&
    request.method === 'GET'
  ) {
    void reply.redirect(
      `/organizacijas/pieteikties?atpakal=${encodeURIComponent(request.url)}`,
      303,
    );
    return;
  }
  throw error;
}

/** The Person Data Browser: an organisation's browser users search the register by hand. */
export function registerPdpRoutes(app: App, deps: RouteDeps): void {
  const keyGenerator = (request: FastifyRequest) =>
    request.principal?.kind === 'org_user' ? `pdp:${request.principal.orgUserId}` : request.ip;
  const limits = [
    app.createRateLimit({ max: PDP_SEARCHES_PER_MINUTE, timeWindow: '1 minute', keyGenerator }),
    app.createRateLimit({ max: PDP_SEARCHES_PER_DAY, timeWindow: '1 day', keyGenerator }),
  ];
  /** The minute's limit first: a search it refuses does not count against the day's. */
  const rateLimited = async (request: FastifyRequest) => {
    for (const limit of limits) {
      const result = await limit(request);
      if (!result.isAllowed && result.isExceeded) {
        throw new AppError(platformErrors.rate_limited, { retryAfter: result.ttlInSeconds });
      }
    }
  };

  app.get(
    PDP_PATH,
    {
      config: { access: orgUser },
      errorHandler: toOrganisationSignIn,
      schema: { hide: true, querystring: SearchQuery },
    },
    async (request, reply) => {
      const me = principalOf(request, 'org_user');
      requirePdpUser(me);
      const today = rigaDate(deps.clock.now());
      const offer = await pdpOffer(deps.db, me.organisationId, today, request.query.merkis);
      const ctx = pageContext(request, reply);
      if (offer === null) return sendPage(reply, <PdpNoAgreementPage ctx={ctx} />);
      return sendPage(
        reply,
        <PdpSearchPage ctx={ctx} offer={offer} values={{}} checked={null} errors={{}} />,
      );
    },
  );

  app.post(
    PDP_SEARCH_PATH,
    {
      config: { access: orgUser },
      preHandler: rateLimited,
      schema: { hide: true },
    },
    async (request, reply) => {
      const me = principalOf(request, 'org_user');
      requirePdpUser(me);
      const today = rigaDate(deps.clock.now());
      const fields = formFields(request.body);
      const form = readPdpForm(fields);
      const ctx = pageContext(request, reply);
      const offer = await pdpOffer(deps.db, me.organisationId, today, form.purpose);
      if (offer === null) return sendPage(reply, <PdpNoAgreementPage ctx={ctx} />, 403);
      let location: string;
      try {
        const stateFeeCents = await stateFeeOn(deps.db, today);
        location = await submitFormOnce(deps.db, request, PDP_PATH, async (trx, claim) => {
          await providePersonsIn(
            trx,
            { envelope: deps.envelope, clock: deps.clock, stateFeeCents },
            {
              organisationId: me.organisationId,
              environment: PDP_ENVIRONMENT,
              actorType: 'org_user',
              actorId: String(me.orgUserId),
              channel: 'browser',
              requestId: request.id,
            },
            { ...pdpDataRequest(form), idempotencyKey: resultKey(me.orgUserId, claim.key) },
          );
          return `${PDP_RESULT_PATH}/${claim.key}`;
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const field = fieldOfRefusal(error.code, form);
        if (field === undefined) throw error;
        return sendPage(
          reply,
          <PdpSearchPage
            ctx={ctx}
            offer={offer}
            values={fields}
            checked={form.scopes}
            errors={{ [field]: interpolate(error.definition[ctx.locale], error.details) }}
          />,
          error.definition.status,
        );
      }
      return reply.redirect(location, 303);
    },
  );

  app.get(
    `${PDP_RESULT_PATH}/:resultId`,
    {
      config: { access: orgUser },
      errorHandler: toOrganisationSignIn,
      schema: { hide: true, params: ResultParams },
    },
    async (request, reply) => {
      const me = principalOf(request, 'org_user');
      requirePdpUser(me);
      const key = resultKey(me.orgUserId, request.params.resultId);
      const kept = await findAnswer(deps.db, deps.envelope, me.organisationId, key);
      if (kept === undefined) throw new AppError(accessErrors.pdp_result_not_found);
      // The app answers every page with Cache-Control: no-store; this one holds person data.
      return sendPage(
        reply,
        <PdpResultPage
          ctx={pageContext(request, reply)}
          provision={kept.answer as Provision}
          balanceAfterCents={await balanceOf(deps.db, me.organisationId)}
        />,
      );
    },
  );
}
