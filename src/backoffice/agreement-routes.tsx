import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  agreementErrors,
  requestErrors,
  draftAgreement,
  listAllAgreements,
  REQUEST_REFERENCE_PATTERN,
  requestForDraft,
  requestsAwaitingAgreement,
  terminateAgreement,
  type AgreementActor,
} from '../onboarding/service.ts';
import {
  AgreementReferenceParams,
  registerNegotiationRoutes,
  wantsPage,
} from '../onboarding/routes.ts';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { resolveLocale } from '../platform/i18n/locale.ts';
import { formFields } from '../platform/http/form-body.ts';
import { submitFormOnce } from '../platform/http/form-submissions.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  AgreementDraftPage,
  DRAFT_PERMISSIONS,
  StaffAgreementListPage,
  TerminateForm,
} from './views/agreement-staff-pages.tsx';

/** The register authority's (PMLP) work: other staff are refused with `role_required`. */
const officers = ['staff:pmlp_officer'] as const;

/** The officer acting on an agreement; the route's access has admitted only officers. */
function officer(request: FastifyRequest): Extract<AgreementActor, { side: 'pmlp' }> {
  const me = principalOf(request, 'staff');
  return { side: 'pmlp', name: me.name, staffId: me.staffId };
}

const DraftQuery = Type.Object({
  pieprasijums: Type.String({ pattern: REQUEST_REFERENCE_PATTERN }),
  lang: Type.Optional(Type.String()),
});

/** The register authority's side of agreements: the list, drafting, negotiating, terminating. */
export function registerStaffAgreementRoutes(app: App, deps: RouteDeps): void {
  app.get(
    '/darbinieki/ligumi',
    {
      config: { access: officers },
      schema: { hide: true, querystring: Type.Object({ lang: Type.Optional(Type.String()) }) },
    },
    async (request, reply) => {
      const [awaiting, rows] = await Promise.all([
        requestsAwaitingAgreement(deps.db),
        listAllAgreements(deps.db),
      ]);
      return sendPage(
        reply,
        <StaffAgreementListPage
          ctx={pageContext(request, reply)}
          awaiting={awaiting}
          rows={rows}
        />,
      );
    },
  );

  const showDraft = async (
    request: FastifyRequest,
    reply: FastifyReply,
    requestReference: string,
    values: Record<string, string>,
    errors: Record<string, string>,
    status: number,
  ) => {
    const source = await requestForDraft(deps.db, requestReference);
    return sendPage(
      reply,
      <AgreementDraftPage
        ctx={pageContext(request, reply)}
        source={source}
        values={values}
        errors={errors}
        today={rigaDate(deps.clock.now())}
      />,
      status,
    );
  };

  app.get(
    '/darbinieki/ligumi/jauns',
    { config: { access: officers }, schema: { hide: true, querystring: DraftQuery } },
    async (request, reply) => {
      return showDraft(request, reply, request.query.pieprasijums, {}, {}, 200);
    },
  );

  app.post(
    '/darbinieki/ligumi/jauns',
    { config: { access: officers }, schema: { hide: true } },
    async (request, reply) => {
      const me = officer(request);
      const fields = formFields(request.body);
      const requestReference = fields.pieprasijums ?? '';
      if (!new RegExp(REQUEST_REFERENCE_PATTERN).test(requestReference)) {
        throw new AppError(requestErrors.request_not_found);
      }
      const input = {
        requestReference,
        validFrom: fields.validFrom ?? '',
        validUntil: fields.validUntil ?? '',
        responsibleCreatesUsers: fields[DRAFT_PERMISSIONS.responsibleCreatesUsers] === 'yes',
        criteriaSearch: fields[DRAFT_PERMISSIONS.criteriaSearch] === 'yes',
      };
      const formPage = `/darbinieki/ligumi/jauns?pieprasijums=${requestReference}`;
      let drafted: string;
      try {
        // One draft per form: a resent form is shown the agreement the first one drafted.
        drafted = await submitFormOnce(deps.db, request, formPage, async (trx) => {
          const reference = await draftAgreement(trx, input, me, {
            now: deps.clock.now(),
            requestId: request.id,
            publicUrl: deps.config.publicUrl,
          });
          return `/darbinieki/ligumi/${reference}?pazinojums=sagatavots`;
        });
      } catch (error) {
        if (
          !(error instanceof AppError) ||
          error.definition !== agreementErrors.agreement_dates_invalid ||
          !wantsPage(request)
        ) {
          throw error;
        }
        const locale = pageContext(request, reply).locale;
        // Ticked boxes stay ticked: the page reads them back as the browser sent them.
        return showDraft(
          request,
          reply,
          requestReference,
          {
            validFrom: input.validFrom,
            validUntil: input.validUntil,
            [DRAFT_PERMISSIONS.responsibleCreatesUsers]: input.responsibleCreatesUsers ? 'yes' : '',
            [DRAFT_PERMISSIONS.criteriaSearch]: input.criteriaSearch ? 'yes' : '',
          },
          { validFrom: error.definition[locale] },
          400,
        );
      }
      return reply.redirect(drafted, 303);
    },
  );

  const showAgreement = registerNegotiationRoutes(app, deps, {
    prefix: '/darbinieki/ligumi',
    access: officers,
    actorOf: officer,
    extras: (request, view, values, errors) => (
      <TerminateForm
        locale={resolveLocale(request)}
        csrf={request.session?.csrfToken ?? null}
        view={view}
        values={values}
        errors={errors}
        today={rigaDate(deps.clock.now())}
      />
    ),
  });

  app.post(
    '/darbinieki/ligumi/:reference/izbeigt',
    { config: { access: officers }, schema: { hide: true, params: AgreementReferenceParams } },
    async (request, reply) => {
      const me = officer(request);
      const fields = formFields(request.body);
      const input = { from: fields.from ?? '', reason: fields.reason ?? '' };
      const page = `/darbinieki/ligumi/${request.params.reference}`;
      let terminated: string;
      try {
        terminated = await submitFormOnce(deps.db, request, page, async (trx) => {
          await terminateAgreement(trx, request.params.reference, me, input, {
            now: deps.clock.now(),
            requestId: request.id,
            publicUrl: deps.config.publicUrl,
          });
          return `${page}?pazinojums=izbeigts`;
        });
      } catch (error) {
        const field =
          error instanceof AppError
            ? error.definition === agreementErrors.termination_reason_required
              ? 'reason'
              : error.definition === agreementErrors.termination_date_past
                ? 'from'
                : null
            : null;
        if (field === null || !(error instanceof AppError) || !wantsPage(request)) throw error;
        const locale = pageContext(request, reply).locale;
        return showAgreement(request, reply, request.params.reference, {
          values: input,
          errors: { [field]: error.definition[locale] },
          status: 400,
        });
      }
      return reply.redirect(terminated, 303);
    },
  );
}
