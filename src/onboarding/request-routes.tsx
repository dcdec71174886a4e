import type { App } from '../platform/http/app-type.ts';
import type { RouteDeps } from '../route-deps.ts';

/** Motivated access requests: the form, check answers, the API, and staff review. */
export function registerRequestRoutes(_app: App, _deps: RouteDeps): void {}
