import { StaffHomePage } from '../identity/views.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';

/** Where staff land after signing in: the sections of their role's work. */
export function registerHomeRoute(app: App): void {
  app.get(
    '/darbinieki',
    { config: { access: ['staff'] }, schema: { hide: true } },
    async (request, reply) => {
      const staff = principalOf(request, 'staff');
      return sendPage(
        reply,
        <StaffHomePage ctx={pageContext(request, reply)} name={staff.name} role={staff.role} />,
      );
    },
  );
}
