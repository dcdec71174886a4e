import { TARIFF_CODES, tariffOn } from '../agreements/service.ts';
import type { App } from '../platform/http/app-type.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import { DataTransferServicePage } from './views/service-page.tsx';

/** The public description of the organisations' e-service, linked from the list of e-services. */
export function registerServicePageRoutes(app: App, deps: RouteDeps): void {
  app.get(
    '/e-pakalpojumi/datu-parraide',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      const today = rigaDate(deps.clock.now());
      const prices = [];
      for (const code of TARIFF_CODES) {
        prices.push({ code, cents: await tariffOn(deps.db, code, today) });
      }
      return sendPage(
        reply,
        <DataTransferServicePage ctx={pageContext(request, reply)} prices={prices} />,
      );
    },
  );
}
