import type { App } from '../platform/http/app-type.ts';
import type { RouteDeps } from '../route-deps.ts';
import { registerEntryApiRoutes } from './entry-api-routes.ts';
import { registerEntryPageRoutes } from './entry-page-routes.tsx';

/** Who is monitored: the API for system connections and the organisation's pages. */
export function registerEntryRoutes(app: App, deps: RouteDeps): void {
  registerEntryApiRoutes(app, deps);
  registerEntryPageRoutes(app, deps);
}
