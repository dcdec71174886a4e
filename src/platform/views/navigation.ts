import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Principal } from '../http/auth.ts';
import type { Text } from '../i18n/locale.ts';

/**
 * What the header offers a signed-in person: where the site's name leads (their own start page)
 * and the links to the parts of the site that are theirs. The capabilities that own those parts
 * say what they are; the app hands the platform one function, so every page shows the same.
 */
export interface SiteNavigation {
  home: string;
  label: Text;
  links: readonly NavigationLink[];
}

export interface NavigationLink {
  href: string;
  label: Text;
}

export type NavigationFor = (principal: Principal) => SiteNavigation | null;

declare module 'fastify' {
  interface FastifyInstance {
    navigationFor: NavigationFor;
  }
}

export function installNavigation(app: FastifyInstance, navigationFor: NavigationFor): void {
  app.decorate('navigationFor', navigationFor);
}

export function navigationOf(request: FastifyRequest): SiteNavigation | null {
  const principal = request.principal;
  if (principal === null || !request.server.hasDecorator('navigationFor')) return null;
  return request.server.navigationFor(principal);
}

/**
 * The link of the part the page belongs to: the longest prefix of its path. The start page is
 * current on itself only, not on every page beneath it.
 */
export function currentLink(navigation: SiteNavigation, path: string): NavigationLink | undefined {
  const pathname = path.split('?')[0] ?? path;
  return [...navigation.links]
    .filter(
      (l) =>
        pathname === l.href || (l.href !== navigation.home && pathname.startsWith(`${l.href}/`)),
    )
    .sort((a, b) => b.href.length - a.href.length)[0];
}
