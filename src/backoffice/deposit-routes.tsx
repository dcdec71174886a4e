import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  balanceOf,
  depositById,
  latestDeposits,
  ledgerErrors,
  recordDepositByStaff,
} from '../billing/service.ts';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { formFields } from '../platform/http/form-body.ts';
import { earlierOutcome, submitFormOnce } from '../platform/http/form-submissions.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  checkDepositForm,
  DEPOSIT_CONFIRM_PATH,
  DEPOSIT_FIELDS,
  DEPOSITS_PATH,
  depositValues,
  type DepositErrors,
  type DepositValues,
} from './deposit-form.ts';
import { DepositCheckPage } from './views/deposit-check-page.tsx';
import { DepositFormPage } from './views/deposit-form-page.tsx';
import { DepositRecordedPage } from './views/deposit-recorded-page.tsx';

/** The register authority's (PMLP) work: other staff are refused with `role_required`. */
const officers = ['staff:pmlp_officer'] as const;
const LATEST = 20;
const FormQuery = Type.Object({
  registracijas_nr: Type.Optional(Type.String({ maxLength: 40 })),
  summa: Type.Optional(Type.String({ maxLength: 40 })),
  atsauce: Type.Optional(Type.String({ maxLength: 200 })),
  lang: Type.Optional(Type.String()),
});
const DepositParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }) });

function wantsPage(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

/** PMLP officers record organisations' bank transfers: form, check, confirmation. */
export function registerDepositRoutes(app: App, deps: RouteDeps): void {
  const showForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: DepositValues,
    errors: DepositErrors,
  ) => {
    const first = DEPOSIT_FIELDS.map((f) => errors[f]).find((e) => e !== undefined);
    // A browser gets the form again; an API client the first error's stable code.
    if (first !== undefined && !wantsPage(request)) throw new AppError(first);
    const locale = pageContext(request, reply).locale;
    const texts: Record<string, string> = {};
    for (const field of DEPOSIT_FIELDS) {
      const error = errors[field];
      if (error !== undefined) texts[field] = error[locale];
    }
    return sendPage(
      reply,
      <DepositFormPage
        ctx={pageContext(request, reply)}
        values={values}
        errors={texts}
        latest={await latestDeposits(deps.db, LATEST)}
      />,
      first?.status ?? 200,
    );
  };

  app.get(
    DEPOSITS_PATH,
    { config: { access: officers }, schema: { hide: true, querystring: FormQuery } },
    async (request, reply) => {
      // Prefilled from the organisation's page (?registracijas_nr=) or from "Change".
      return showForm(request, reply, depositValues(request.query), {});
    },
  );

  app.post(
    DEPOSITS_PATH,
    { config: { access: officers }, schema: { hide: true } },
    async (request, reply) => {
      const values = depositValues(formFields(request.body));
      const checked = await checkDepositForm(deps.db, values);
      if (!checked.ok) return showForm(request, reply, values, checked.errors);
      return sendPage(
        reply,
        <DepositCheckPage
          ctx={pageContext(request, reply)}
          values={values}
          deposit={checked.value}
        />,
      );
    },
  );

  app.post(
    DEPOSIT_CONFIRM_PATH,
    { config: { access: officers }, schema: { hide: true } },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      // Sent again after it was recorded: its reference is taken now, so look before checking.
      const earlier = await earlierOutcome(deps.db, request);
      if (earlier !== null) return reply.redirect(earlier, 303);
      const values = depositValues(formFields(request.body));
      // The hidden fields are input like any other: everything is checked again.
      const checked = await checkDepositForm(deps.db, values);
      if (!checked.ok) return showForm(request, reply, values, checked.errors);
      let recorded: string;
      try {
        // One deposit per check page: a double click or a resent form shows the same deposit.
        recorded = await submitFormOnce(deps.db, request, DEPOSITS_PATH, async (trx) => {
          const { movementId } = await recordDepositByStaff(
            trx,
            {
              organisationId: checked.value.organisation.id,
              amountCents: checked.value.amountCents,
              bankReference: checked.value.bankReference,
            },
            { staffId: me.staffId },
            request.id,
          );
          return `${DEPOSITS_PATH}/${movementId}`;
        });
      } catch (error) {
        // Recorded by someone else between the check and now: the unique key refused it.
        if (
          error instanceof AppError &&
          error.definition === ledgerErrors.deposit_reference_exists
        ) {
          return showForm(request, reply, values, { atsauce: error.definition });
        }
        throw error;
      }
      return reply.redirect(recorded, 303);
    },
  );

  app.get(
    `${DEPOSITS_PATH}/:id`,
    { config: { access: officers }, schema: { hide: true, params: DepositParams } },
    async (request, reply) => {
      const deposit = await depositById(deps.db, request.params.id);
      if (deposit === undefined) throw new AppError(ledgerErrors.deposit_not_found);
      return sendPage(
        reply,
        <DepositRecordedPage
          ctx={pageContext(request, reply)}
          deposit={deposit}
          balanceCents={await balanceOf(deps.db, deposit.organisation_id)}
        />,
      );
    },
  );
}
