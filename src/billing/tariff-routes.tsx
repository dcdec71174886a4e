import type { App } from '../platform/http/app-type.ts';
import type { RouteDeps } from '../route-deps.ts';

/** Tariffs with validity dates, and what an organisation will pay per month. */
export function registerTariffRoutes(_app: App, _deps: RouteDeps): void {}
