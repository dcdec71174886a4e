import { monthsUpTo, revenueByMonth } from '../billing/service.ts';
import { REVENUE_PATH, RevenuePage } from '../billing/views.ts';
import type { App } from '../platform/http/app-type.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';

/** Invoicing and fees are the register authority's (PMLP) work. */
const officers = ['staff:pmlp_officer'] as const;

/** Monthly revenue by line type over the 12 months up to this one, drawn as a chart. */
export function registerRevenueRoutes(app: App, deps: RouteDeps): void {
  app.get(
    REVENUE_PATH,
    { config: { access: officers }, schema: { hide: true } },
    async (request, reply) => {
      const months = monthsUpTo(rigaDate(deps.clock.now()), 12);
      const revenue = await revenueByMonth(deps.db, { months });
      return sendPage(reply, <RevenuePage ctx={pageContext(request, reply)} months={revenue} />);
    },
  );
}
