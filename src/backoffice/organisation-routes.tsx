import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../database.ts';
import {
  changeFeeExemption,
  listOrganisations,
  organisationDetail,
  validateOrganisationForm,
  organisationErrors,
} from '../agreements/service.ts';
import { balanceOf } from '../billing/service.ts';
import {
  disableOrgUser,
  findOrgUser,
  identityErrors,
  listOrgUsers,
  resetOrgUserAccess,
  unblockOrgUser,
} from '../identity/service.ts';
import {
  createWithRepresentativeIn,
  duplicateErrors,
  fieldErrorOf,
  organisationFormValues,
} from '../onboarding/service.ts';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { formFields } from '../platform/http/form-body.ts';
import { earlierOutcome, submitFormOnce } from '../platform/http/form-submissions.ts';
import type { Text } from '../platform/i18n/locale.ts';
import { pageContext, sendFormPage, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  NewOrganisationPage,
  OrganisationDetailPage,
  OrganisationListPage,
} from './views/organisation-pages.tsx';

const BASE = '/darbinieki/organizacijas';
/** The register authority's (PMLP) work: other staff are refused with `role_required`. */
const officers = ['staff:pmlp_officer'] as const;
const Id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
const OrgParams = Type.Object({ id: Id });
const UserParams = Type.Object({ id: Id, userId: Id });

/** PMLP officers' pages for organisations: list, create with a representative, detail. */
export function registerStaffOrganisationRoutes(app: App, deps: RouteDeps): void {
  const userDeps = { clock: deps.clock, envelope: deps.envelope, publicUrl: deps.config.publicUrl };
  app.get(
    BASE,
    { config: { access: officers }, schema: { hide: true } },
    async (request, reply) => {
      return sendPage(
        reply,
        <OrganisationListPage
          ctx={pageContext(request, reply)}
          organisations={await listOrganisations(deps.db)}
        />,
      );
    },
  );

  app.get(
    `${BASE}/jauna`,
    { config: { access: officers }, schema: { hide: true } },
    async (request, reply) => {
      return sendPage(
        reply,
        <NewOrganisationPage ctx={pageContext(request, reply)} values={{}} errors={{}} />,
      );
    },
  );

  app.post(
    `${BASE}/jauna`,
    { config: { access: officers }, schema: { hide: true } },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      // Sent again after it was created: its register number is taken now, so look first.
      const earlier = await earlierOutcome(deps.db, request);
      if (earlier !== null) return reply.redirect(earlier, 303);
      const fields = formFields(request.body);
      const values = organisationFormValues(fields);
      const again = (errors: Record<string, Text>, status: number) =>
        sendPage(
          reply,
          <NewOrganisationPage ctx={pageContext(request, reply)} values={values} errors={errors} />,
          status,
        );
      const checked = validateOrganisationForm(values);
      if (!checked.ok) return again(checked.errors, 400);
      const duplicates = await duplicateErrors(deps.db, checked.value);
      if (Object.keys(duplicates).length > 0) return again(duplicates, 409);
      let created: string;
      try {
        created = await submitFormOnce(deps.db, request, `${BASE}/jauna`, async (trx) => {
          const { id } = await createWithRepresentativeIn(trx, userDeps, checked.value, {
            kind: 'staff',
            staffId: me.staffId,
          });
          return `${BASE}/${id}`;
        });
      } catch (error) {
        const errors = fieldErrorOf(error);
        if (errors === null) throw error;
        return again(errors, 409);
      }
      return reply.redirect(created, 303);
    },
  );

  const showDetail = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    values: { feeExempt?: string; reason?: string },
    errors: Record<string, string>,
  ) => {
    const detail = await organisationDetail(deps.db, id);
    const users = await listOrgUsers(deps.db, id);
    const balanceCents = await balanceOf(deps.db, id);
    return sendFormPage(
      reply,
      <OrganisationDetailPage
        ctx={pageContext(request, reply)}
        detail={detail}
        users={users}
        balanceCents={balanceCents}
        values={values}
        errors={errors}
      />,
      errors,
    );
  };

  app.get(
    `${BASE}/:id`,
    { config: { access: officers }, schema: { hide: true, params: OrgParams } },
    async (request, reply) => {
      return showDetail(request, reply, request.params.id, {}, {});
    },
  );

  app.post(
    `${BASE}/:id/atbrivojums`,
    { config: { access: officers }, schema: { hide: true, params: OrgParams } },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      const fields = formFields(request.body);
      const feeExempt = fields.feeExempt;
      const reason = fields.reason ?? '';
      if (feeExempt !== 'yes' && feeExempt !== 'no') {
        throw new AppError(organisationErrors.fee_exemption_reason_missing);
      }
      const page = `${BASE}/${request.params.id}`;
      let outcome: string;
      try {
        outcome = await submitFormOnce(deps.db, request, page, async (trx) => {
          await changeFeeExemption(trx, deps.clock, {
            organisationId: request.params.id,
            feeExempt: feeExempt === 'yes',
            reason,
            staffId: me.staffId,
          });
          return page;
        });
      } catch (error) {
        if (
          error instanceof AppError &&
          error.code === organisationErrors.fee_exemption_reason_missing.code
        ) {
          const locale = pageContext(request, reply).locale;
          return showDetail(
            request,
            reply,
            request.params.id,
            { feeExempt, reason },
            {
              reason: error.definition[locale],
            },
          );
        }
        throw error;
      }
      return reply.redirect(outcome, 303);
    },
  );

  /** The user must belong to the organisation in the address: no acting across organisations. */
  const userOf = async (organisationId: number, userId: number) => {
    const user = await findOrgUser(deps.db, userId);
    if (user?.organisationId !== organisationId)
      throw new AppError(identityErrors.org_user_not_found);
    return user;
  };

  /**
   * A button acting on one of the organisation's users: done once per form (one mail, one audit
   * record), and the officer is shown the organisation's page with the user's new state.
   */
  const userAction = (
    path: string,
    act: (trx: Db, actor: { kind: 'staff'; staffId: number }, userId: number) => Promise<unknown>,
  ) =>
    app.post(
      `${BASE}/:id/lietotaji/:userId/${path}`,
      { config: { access: officers }, schema: { hide: true, params: UserParams } },
      async (request, reply) => {
        const me = principalOf(request, 'staff');
        const user = await userOf(request.params.id, request.params.userId);
        const page = `${BASE}/${request.params.id}`;
        const outcome = await submitFormOnce(deps.db, request, page, async (trx) => {
          await act(trx, { kind: 'staff', staffId: me.staffId }, user.id);
          return page;
        });
        return reply.redirect(outcome, 303);
      },
    );

  userAction('atbloket', (trx, actor, userId) => unblockOrgUser(trx, deps, actor, userId));
  userAction('atjaunot-piekluvi', (trx, actor, userId) =>
    resetOrgUserAccess(trx, userDeps, actor, userId),
  );
  userAction('atspejot', (trx, actor, userId) => disableOrgUser(trx, deps, actor, userId));
}
