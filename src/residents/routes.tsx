import type { App } from '../platform/http/app-type.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import { HomePage } from './views/home-page.tsx';

/** The public pages of the portal. */
export function registerPortalRoutes(app: App): void {
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const ctx = pageContext(request, reply);
    return sendPage(reply, <HomePage ctx={ctx} />);
  });
}
