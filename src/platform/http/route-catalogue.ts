import type { FastifyContextConfig, FastifyInstance, FastifySchema, RouteOptions } from 'fastify';
import type { Access } from './auth.ts';

/**
 * Every route the app registers, as registered: its method, URL pattern, schema and declared
 * access, hidden pages included. Tests read it to reach every route without a list of their own
 * that would fall behind the code.
 */
export interface CataloguedRoute {
  readonly method: string;
  readonly url: string;
  readonly schema: FastifySchema | undefined;
  readonly access: Access | undefined;
  /** The route's whole `config` (access, csrf, rate limit, …). */
  readonly config: Readonly<FastifyContextConfig>;
  /** Left out of the API description (`schema.hide`): pages, assets, the description itself. */
  readonly hidden: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    readonly routeCatalogue: readonly CataloguedRoute[];
  }
}

/** Installed before any route, so its hook sees them all. */
export function installRouteCatalogue(app: FastifyInstance): void {
  const registered: RouteOptions[] = [];
  // Later onRoute hooks still change a route's options (the documentation pages get their access
  // there), so the list is read from the options when asked, not copied now.
  app.decorate('routeCatalogue', {
    getter: (): readonly CataloguedRoute[] =>
      registered.flatMap((route) =>
        [route.method].flat().map((method) =>
          Object.freeze({
            method,
            url: route.url,
            schema: route.schema,
            access: route.config?.access,
            config: route.config ?? {},
            hidden: route.schema?.hide === true,
          }),
        ),
      ),
  });
  app.addHook('onRoute', (route) => {
    registered.push(route);
  });
}
