import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { resolveLocale } from '../i18n/locale.ts';
import type { PageContext } from './layout.tsx';
import { navigationOf } from './navigation.ts';

/** Sends a page; preact escapes every text and attribute value. */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .send(`<!doctype html>${renderToString(page)}`);
}

/** A page with a form: 200 when asked for, 400 when it shows refused input with its errors. */
export function sendFormPage(
  reply: FastifyReply,
  page: VNode,
  errors: Readonly<Record<string, unknown>>,
): FastifyReply {
  return sendPage(reply, page, Object.keys(errors).length === 0 ? 200 : 400);
}

export function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  const url = new URL(request.url, 'http://localhost');
  url.searchParams.delete('lang');
  const query = url.searchParams.toString();
  return {
    locale: resolveLocale(request),
    path: url.pathname + (query === '' ? '' : `?${query}`),
    nonce: reply.cspNonce,
    signedInAs: principalLabel(request),
    csrfToken: request.session?.csrfToken ?? null,
    sessionExpiresAt: request.session?.expiresAt ?? null,
    navigation: navigationOf(request),
  };
}

function principalLabel(request: FastifyRequest): string | null {
  const principal = request.principal;
  if (principal === null) return null;
  switch (principal.kind) {
    case 'resident':
    case 'staff':
    case 'org_user':
      return principal.name;
    case 'operator':
    case 'system_client':
      return null;
  }
}
