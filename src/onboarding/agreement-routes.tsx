import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../platform/errors.ts';
import { principalOf } from '../platform/http/auth.ts';
import type { App } from '../platform/http/app-type.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import type { AgreementActor } from './agreement-actor.ts';
import { agreementErrors } from './agreement-errors.ts';
import { registerNegotiationRoutes } from './agreement-http.tsx';
import { listOwnAgreements } from './agreement-view.ts';
import { AgreementListPage } from './views/agreement-list-page.tsx';

const orgUser = ['org_user'] as const;

/** The organisation negotiates through its representatives; browser users have no say here. */
function representative(
  request: FastifyRequest,
): Extract<AgreementActor, { side: 'organisation' }> {
  const me = principalOf(request, 'org_user');
  if (me.role !== 'representative') throw new AppError(agreementErrors.representative_required);
  return {
    side: 'organisation',
    name: me.name,
    orgUserId: me.orgUserId,
    organisationId: me.organisationId,
  };
}

/** Agreements negotiated electronically: versions, comments, diff, approvals. */
export function registerAgreementRoutes(app: App, deps: RouteDeps): void {
  app.get(
    '/organizacijas/ligumi',
    {
      config: { access: orgUser },
      schema: { hide: true, querystring: Type.Object({ lang: Type.Optional(Type.String()) }) },
    },
    async (request, reply) => {
      const me = representative(request);
      const rows = await listOwnAgreements(deps.db, me.organisationId);
      return sendPage(reply, <AgreementListPage ctx={pageContext(request, reply)} rows={rows} />);
    },
  );

  registerNegotiationRoutes(app, deps, {
    prefix: '/organizacijas/ligumi',
    access: orgUser,
    actorOf: representative,
  });
}
