import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const LOCALES = ['lv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in both languages, kept together so the Latvian wording sits beside its rendering. */
export interface Text {
  lv: string;
  en: string;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'lv' || value === 'en';
}

/**
 * `?lang=` wins (it is how the language switch works without JavaScript), then the `lang`
 * cookie, then the browser's preference; Latvian is the default.
 */
export function resolveLocale(request: FastifyRequest): Locale {
  const query = request.query as Record<string, unknown> | undefined;
  if (query !== undefined && isLocale(query.lang)) return query.lang;
  const cookie = request.cookies.lang;
  if (isLocale(cookie)) return cookie;
  const accept = request.headers['accept-language'] ?? '';
  const first = accept.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return first === 'en' ? 'en' : 'lv';
}

export function t(locale: Locale, text: Text): string {
  return text[locale];
}

/**
 * Remembers a language chosen with `?lang=` in a cookie, so the choice holds on the next pages
 * (and through sign-in) without carrying the parameter on every link.
 */
export function rememberLanguageChoice(app: {
  addHook(
    name: 'onRequest',
    hook: (request: FastifyRequest, reply: FastifyReply) => Promise<void>,
  ): unknown;
}): void {
  app.addHook('onRequest', async (request, reply) => {
    const query = request.query as Record<string, unknown> | undefined;
    const chosen = query?.lang;
    if (isLocale(chosen) && request.cookies.lang !== chosen) {
      reply.setCookie('lang', chosen, {
        path: '/',
        sameSite: 'lax',
        httpOnly: true,
        maxAge: 365 * 24 * 3600,
      });
    }
  });
}
