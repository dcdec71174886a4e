import type { App } from '../platform/http/app-type.ts';
import type { RouteDeps } from '../route-deps.ts';

/** Organisations: self-registration confirmed by e-mail, staff-created organisations, fee exemption. */
export function registerOrganisationRoutes(_app: App, _deps: RouteDeps): void {}
