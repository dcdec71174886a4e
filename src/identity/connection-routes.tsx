import type { App } from '../platform/http/app-type.ts';
import type { RouteDeps } from '../route-deps.ts';

/** System connections, their keys, and the OAuth 2 token endpoint. */
export function registerConnectionRoutes(_app: App, _deps: RouteDeps): void {}
