import type { Db } from '../database.ts';
import { StaffHomePage } from '../identity/views.ts';
import { sealingBacklog } from '../platform/audit/sealing-backlog.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import { homeTexts } from './texts/home.ts';

/**
 * Where staff land after signing in: the sections of their role's work, and first a warning when
 * the audit log's sealing has stopped (its rows stand unprotected by the chain until it resumes).
 */
export function registerHomeRoute(app: App, deps: { db: Db }): void {
  app.get(
    '/darbinieki',
    { config: { access: ['staff'] }, schema: { hide: true } },
    async (request, reply) => {
      const staff = principalOf(request, 'staff');
      const ctx = pageContext(request, reply);
      const backlog = await sealingBacklog(deps.db);
      const warnings =
        backlog.late && backlog.oldestUnsealedSeconds !== null ? (
          <div class="error-summary" role="alert">
            <p>
              {homeTexts.sealingLate[ctx.locale](Math.floor(backlog.oldestUnsealedSeconds / 60))}
            </p>
          </div>
        ) : null;
      return sendPage(
        reply,
        <StaffHomePage ctx={ctx} name={staff.name} role={staff.role} warnings={warnings} />,
      );
    },
  );
}
