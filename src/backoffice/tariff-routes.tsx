import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { checkNewTariff, setTariff, tariffOverview, tariffErrors } from '../agreements/service.ts';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { formFields } from '../platform/http/form-body.ts';
import { submitFormOnce } from '../platform/http/form-submissions.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import { TariffsPage } from '../billing/views.ts';

/** The register authority's (PMLP) work: other staff are refused with `role_required`. */
const officers = ['staff:pmlp_officer'] as const;
const TARIFFS_PATH = '/darbinieki/tarifi';
const PageQuery = Type.Object({
  saglabats: Type.Optional(Type.String()),
  lang: Type.Optional(Type.String()),
});

/** Tariffs with validity dates, and what an organisation will pay per month. */
export function registerTariffRoutes(app: App, deps: RouteDeps): void {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Record<string, string>,
    errors: Record<string, string>,
    status: number,
    saved: boolean,
  ) => {
    const today = rigaDate(deps.clock.now());
    const overview = await tariffOverview(deps.db, today);
    return sendPage(
      reply,
      <TariffsPage
        ctx={pageContext(request, reply)}
        overview={overview}
        today={today}
        values={values}
        errors={errors}
        saved={saved}
      />,
      status,
    );
  };

  app.get(
    TARIFFS_PATH,
    { config: { access: officers }, schema: { hide: true, querystring: PageQuery } },
    async (request, reply) => {
      return show(request, reply, {}, {}, 200, request.query.saglabats === '1');
    },
  );

  app.post(
    TARIFFS_PATH,
    { config: { access: officers }, schema: { hide: true } },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      const fields = formFields(request.body);
      const locale = pageContext(request, reply).locale;
      const input = {
        code: fields.code ?? '',
        amount: fields.amount ?? '',
        validFrom: fields.validFrom ?? '',
        reason: fields.reason ?? '',
      };
      const today = rigaDate(deps.clock.now());
      const checked = checkNewTariff(input, today);
      if (!checked.ok) {
        // A browser gets the form again; an API client the first error's stable code.
        const first = Object.values(checked.errors)[0];
        if (!(request.headers.accept ?? '').includes('text/html') && first !== undefined) {
          throw new AppError(first);
        }
        const errors = Object.fromEntries(
          Object.entries(checked.errors).map(([field, def]) => [field, def[locale]]),
        );
        return show(request, reply, input, errors, 400, false);
      }
      let outcome: string;
      try {
        outcome = await submitFormOnce(deps.db, request, TARIFFS_PATH, async (trx) => {
          await setTariff(trx, checked.value, me, request.id);
          return `${TARIFFS_PATH}?saglabats=1`;
        });
      } catch (error) {
        if (
          error instanceof AppError &&
          error.definition === tariffErrors.tariff_exists &&
          (request.headers.accept ?? '').includes('text/html')
        ) {
          const message = tariffErrors.tariff_exists[locale];
          return show(request, reply, input, { validFrom: message }, 409, false);
        }
        throw error;
      }
      return reply.redirect(outcome, 303);
    },
  );
}
