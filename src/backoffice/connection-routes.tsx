import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError, interpolate } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { formFields } from '../platform/http/form-body.ts';
import { submitFormOnce } from '../platform/http/form-submissions.ts';
import { pageContext, sendFormPage, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  changeConnectionStatus,
  CLIENT_ID_PATTERN,
  connectionDetails,
  connectionErrors,
  connectionsForStaff,
  forgetConnection,
  TOKEN_PATH,
  type ConnectionStatus,
} from '../identity/service.ts';
import { StaffConnectionListPage } from './views/connection-list-page.tsx';
import { StaffConnectionPage } from './views/connection-page.tsx';

/** The register authority's (PMLP) work: other staff are refused with `role_required`. */
const officers = ['staff:pmlp_officer'] as const;
const STATUSES = ['pending', 'active', 'suspended'] as const;
const ClientParams = Type.Object({ clientId: Type.String({ pattern: CLIENT_ID_PATTERN }) });
const ListQuery = Type.Object({
  statuss: Type.Optional(Type.Union([Type.Literal(''), ...STATUSES.map((s) => Type.Literal(s))])),
  lang: Type.Optional(Type.String()),
});

/** Staff pages for system connections: the list, one connection, activate / suspend / restore. */
export function registerBackofficeConnectionRoutes(app: App, deps: RouteDeps): void {
  const ctx = { clock: deps.clock, publicUrl: deps.config.publicUrl };
  const tokenUrl = `${deps.config.publicUrl}${TOKEN_PATH}`;

  app.get(
    '/darbinieki/savienojumi',
    { config: { access: officers }, schema: { hide: true, querystring: ListQuery } },
    async (request, reply) => {
      const status: ConnectionStatus | null =
        request.query.statuss === undefined || request.query.statuss === ''
          ? null
          : request.query.statuss;
      const views = await connectionsForStaff(deps.db, status, deps.clock.now());
      return sendPage(
        reply,
        <StaffConnectionListPage
          ctx={pageContext(request, reply)}
          views={views}
          status={status ?? ''}
        />,
      );
    },
  );

  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    clientId: string,
    values: { reason?: string },
    errors: Record<string, string>,
  ) => {
    const view = await connectionDetails(deps.db, clientId, deps.clock.now());
    return sendFormPage(
      reply,
      <StaffConnectionPage
        ctx={pageContext(request, reply)}
        view={view}
        tokenUrl={tokenUrl}
        values={values}
        errors={errors}
      />,
      errors,
    );
  };

  app.get(
    '/darbinieki/savienojumi/:clientId',
    { config: { access: officers }, schema: { hide: true, params: ClientParams } },
    async (request, reply) => {
      return show(request, reply, request.params.clientId, {}, {});
    },
  );

  const statusRoute = (path: string, action: 'activate' | 'suspend' | 'restore') => {
    app.post(
      `/darbinieki/savienojumi/:clientId/${path}`,
      { config: { access: officers }, schema: { hide: true, params: ClientParams } },
      async (request, reply) => {
        const me = { staffId: principalOf(request, 'staff').staffId, requestId: request.id };
        const clientId = request.params.clientId;
        const reason = (formFields(request.body).reason ?? '').trim();
        if (action === 'suspend' && (reason === '' || reason.length > 1000)) {
          const error = connectionErrors.suspension_reason_missing;
          if (!(request.headers.accept ?? '').includes('text/html')) throw new AppError(error);
          const locale = pageContext(request, reply).locale;
          return show(
            request,
            reply,
            clientId,
            { reason },
            {
              reason: interpolate(error[locale], undefined),
            },
          );
        }
        const page = `/darbinieki/savienojumi/${clientId}`;
        // A resent form changes the status once: the repeat is only shown the connection.
        const outcome = await submitFormOnce(deps.db, request, page, async (trx) => {
          await changeConnectionStatus(
            trx,
            ctx,
            me,
            clientId,
            action === 'suspend' ? { action, reason } : { action },
          );
          return page;
        });
        // This process stops honouring the connection's tokens at once; others within seconds.
        forgetConnection(clientId);
        return reply.redirect(outcome, 303);
      },
    );
  };
  statusRoute('aktivizet', 'activate');
  statusRoute('apturet', 'suspend');
  statusRoute('atjaunot', 'restore');
}
