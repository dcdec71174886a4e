import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorResponse } from '../http/error-handler.ts';
import { Layout } from './layout.tsx';
import { pageContext, sendPage } from './render.ts';

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
