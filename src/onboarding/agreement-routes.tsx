import type { App } from '../platform/http/app-type.ts';
import type { RouteDeps } from '../route-deps.ts';

/** Agreements negotiated electronically: versions, comments, diff, approvals. */
export function registerAgreementRoutes(_app: App, _deps: RouteDeps): void {}
