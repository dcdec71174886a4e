import type { App } from '../platform/http/app-type.ts';
import type { RouteDeps } from '../route-deps.ts';
import { registerStaffAgreementRoutes } from './agreement-routes.tsx';
import { registerBackofficeConnectionRoutes } from './connection-routes.tsx';
import { registerDataUseStaffRoutes } from './data-use-routes.tsx';
import { registerDepositRoutes } from './deposit-routes.tsx';
import { registerHomeRoute } from './home-route.tsx';
import { registerStaffInvoiceRoutes } from './invoice-routes.tsx';
import { registerStaffMonitoringRoutes } from './monitoring-routes.tsx';
import { registerStaffOrganisationRoutes } from './organisation-routes.tsx';
import { registerReportRoutes } from './report-routes.tsx';
import { registerBackofficeRequestRoutes } from './request-routes.tsx';
import { registerRevenueRoutes } from './revenue-routes.tsx';
import { registerTariffRoutes } from './tariff-routes.tsx';
import { registerUserRequestRoutes } from './user-request-routes.tsx';

/**
 * Every staff page under /darbinieki (sign-in aside, which is identity's). Each route declares
 * the staff role whose work it is; the other capabilities' rules are reached through their
 * `service.ts`.
 */
export function registerBackofficeRoutes(app: App, deps: RouteDeps): void {
  registerHomeRoute(app, deps);
  registerReportRoutes(app, deps);
  registerStaffOrganisationRoutes(app, deps);
  registerUserRequestRoutes(app, deps);
  registerBackofficeRequestRoutes(app, deps);
  registerStaffAgreementRoutes(app, deps);
  registerTariffRoutes(app, deps);
  registerBackofficeConnectionRoutes(app, deps);
  registerDepositRoutes(app, deps);
  registerRevenueRoutes(app, deps);
  registerStaffInvoiceRoutes(app, deps);
  registerDataUseStaffRoutes(app, deps);
  registerStaffMonitoringRoutes(app, deps);
}
