import { Type } from 'typebox';
import { findOrganisation, organisationErrors } from '../agreements/service.ts';
import { listEntries } from '../monitoring/service.ts';
import { StaffEntriesPage } from '../monitoring/views.ts';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';

const officers = ['staff:pmlp_officer'] as const;
const Params = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }) });
const Query = Type.Object({
  vide: Type.Optional(Type.Union([Type.Literal('production'), Type.Literal('test')])),
  meklet: Type.Optional(Type.String({ maxLength: 100 })),
  lapa: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  lang: Type.Optional(Type.String()),
});

/** PMLP officers see each organisation's list of monitored persons, per environment. */
export function registerStaffMonitoringRoutes(app: App, deps: RouteDeps): void {
  app.get(
    '/darbinieki/organizacijas/:id/monitorings',
    { config: { access: officers }, schema: { hide: true, params: Params, querystring: Query } },
    async (request, reply) => {
      const organisation = await findOrganisation(deps.db, request.params.id);
      if (organisation === null) throw new AppError(organisationErrors.organisation_not_found);
      const environment = request.query.vide ?? 'production';
      const search = request.query.meklet ?? '';
      const list = await listEntries(deps.db, deps.clock, {
        organisationId: organisation.id,
        environment,
        search,
        page: request.query.lapa ?? 1,
      });
      return sendPage(
        reply,
        <StaffEntriesPage
          ctx={pageContext(request, reply)}
          organisation={organisation}
          environment={environment}
          list={list}
          search={search}
          path={`/darbinieki/organizacijas/${organisation.id}/monitorings`}
        />,
      );
    },
  );
}
