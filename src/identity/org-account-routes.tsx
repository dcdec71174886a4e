import type { App } from '../platform/http/app-type.ts';
import type { RouteDeps } from '../route-deps.ts';

/** Organisation users: set-up link, sign-in with password and TOTP, lockout and unblocking. */
export function registerOrgAccountRoutes(_app: App, _deps: RouteDeps): void {}
