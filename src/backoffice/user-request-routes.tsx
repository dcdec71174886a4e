import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { listOrganisations } from '../agreements/service.ts';
import {
  approveUserRequest,
  identityErrors,
  listUserRequests,
  refuseUserRequest,
} from '../identity/service.ts';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { formFields } from '../platform/http/form-body.ts';
import { submitFormOnce } from '../platform/http/form-submissions.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import { UserRequestsPage, type UserRequestNotice } from './views/user-requests-page.tsx';

const PATH = '/darbinieki/lietotaju-pieprasijumi';
/** The register authority's (PMLP) work: other staff are refused with `role_required`. */
const officers = ['staff:pmlp_officer'] as const;
const Params = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }) });
/** `ok`: the decision just taken, told above the list once the officer is back on it. */
const Query = Type.Object({
  lang: Type.Optional(Type.String()),
  ok: Type.Optional(Type.Union([Type.Literal('approved'), Type.Literal('refused')])),
});

/** PMLP officers decide organisations' requests for Person Data Browser users. */
export function registerUserRequestRoutes(app: App, deps: RouteDeps): void {
  const userDeps = { clock: deps.clock, envelope: deps.envelope, publicUrl: deps.config.publicUrl };
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    failed: { id: number; reason: string; message: string } | null,
    notice: UserRequestNotice | null = null,
  ) => {
    const [requests, organisations] = await Promise.all([
      listUserRequests(deps.db, { status: 'pending' }),
      listOrganisations(deps.db),
    ]);
    const names = new Map(organisations.map((o) => [o.id, o.name]));
    return sendPage(
      reply,
      <UserRequestsPage
        ctx={pageContext(request, reply)}
        rows={requests.map((r) => ({ ...r, organisationName: names.get(r.organisationId) ?? '' }))}
        failed={
          failed === null
            ? null
            : { id: failed.id, reason: failed.reason, errors: { reason: failed.message } }
        }
        notice={notice}
      />,
      failed === null ? 200 : 400,
    );
  };

  app.get(
    PATH,
    { config: { access: officers }, schema: { hide: true, querystring: Query } },
    async (request, reply) => {
      return show(request, reply, null, request.query.ok ?? null);
    },
  );

  app.post(
    `${PATH}/:id/apstiprinat`,
    { config: { access: officers }, schema: { hide: true, params: Params } },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      const outcome = await submitFormOnce(deps.db, request, PATH, async (trx) => {
        await approveUserRequest(trx, userDeps, { staffId: me.staffId }, request.params.id);
        return `${PATH}?ok=approved`;
      });
      return reply.redirect(outcome, 303);
    },
  );

  app.post(
    `${PATH}/:id/atteikt`,
    { config: { access: officers }, schema: { hide: true, params: Params } },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      const id = request.params.id;
      const reason = formFields(request.body)[`reason-${id}`] ?? '';
      let outcome: string;
      try {
        outcome = await submitFormOnce(deps.db, request, PATH, async (trx) => {
          await refuseUserRequest(trx, deps, { staffId: me.staffId }, id, reason);
          return `${PATH}?ok=refused`;
        });
      } catch (error) {
        if (
          error instanceof AppError &&
          error.code === identityErrors.org_refusal_reason_missing.code
        ) {
          const locale = pageContext(request, reply).locale;
          return show(request, reply, { id, reason, message: error.definition[locale] });
        }
        throw error;
      }
      return reply.redirect(outcome, 303);
    },
  );
}
