import type {} from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';

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
