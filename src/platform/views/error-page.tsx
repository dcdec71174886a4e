import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorResponse } from '../http/error-handler.ts';
import { Layout } from './layout.tsx';
import { pageContext, sendPage } from './render.ts';

/**
 * Where a page that needs signing in sends a visitor who has not: the answer is a redirect there
 * (with the way back), not an error page. Null: show the error page.
 */
export type SignInPage = (request: FastifyRequest) => string | null;

export function errorPageRenderer(signInPage: SignInPage) {
  return (request: FastifyRequest, reply: FastifyReply, body: ErrorResponse, status: number) => {
    const target = status === 401 && request.method === 'GET' ? signInPage(request) : null;
    if (target !== null) {
      return reply.redirect(`${target}?atpakal=${encodeURIComponent(request.url)}`, 303);
    }
    return renderErrorPage(request, reply, body, status);
  };
}

export function renderErrorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  body: ErrorResponse,
  status: number,
): FastifyReply {
  const ctx = pageContext(request, reply);
  const title = ctx.locale === 'lv' ? 'Kļūda' : 'Error';
  return sendPage(
    reply,
    <Layout ctx={ctx} title={title}>
      <h1>{body.message[ctx.locale]}</h1>
      <p class="hint">
        {ctx.locale === 'lv' ? 'Kļūdas kods' : 'Error code'}: <code>{body.code}</code> ·{' '}
        {ctx.locale === 'lv' ? 'pieprasījuma numurs' : 'request number'}:{' '}
        <code>{body.requestId}</code>
      </p>
      <p>
        <a href="/">{ctx.locale === 'lv' ? 'Uz sākumlapu' : 'To the home page'}</a>
      </p>
    </Layout>,
    status,
  );
}
