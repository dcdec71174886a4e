import type { FastifyReply, FastifyRequest } from 'fastify';
import { findErrorDefinition } from '../errors.ts';
import type { ErrorResponse } from '../http/error-handler.ts';
import { Layout } from './layout.tsx';
import { pageContext, sendPage } from './render.ts';
import { platformTexts } from './texts.ts';

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
  const words = platformTexts.errorPage;
  const title = words.title[ctx.locale];
  const startAgain = startAgainPath(body);
  const next = findErrorDefinition(body.code)?.nextStep;
  return sendPage(
    reply,
    <Layout ctx={ctx} title={title}>
      <h1>{body.message[ctx.locale]}</h1>
      <p class="hint">
        {words.code[ctx.locale]}: <code>{body.code}</code> · {words.requestNumber[ctx.locale]}:{' '}
        <code>{body.requestId}</code>
      </p>
      {next === undefined ? null : (
        <p>
          <a class="button" href={next.path}>
            {next[ctx.locale]}
          </a>
        </p>
      )}
      <p>
        {startAgain === null ? null : (
          <>
            <a href={startAgain}>{words.startAgain[ctx.locale]}</a>
            {' · '}
          </>
        )}
        <a href="/">{words.home[ctx.locale]}</a>
      </p>
    </Layout>,
    status,
  );
}

/** Where a refused form may be filled in again: a local path from the refusal's details. */
function startAgainPath(body: ErrorResponse): string | null {
  const path = body.details?.startAgain;
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') ? path : null;
}
