import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FunctionComponent } from 'preact';
import { formFields } from '../platform/http/form-body.ts';
import type { PageContext } from '../platform/views/layout.tsx';
import { pageContext, sendFormPage } from '../platform/views/render.ts';
import { clarificationFromForm } from './clarification-text.ts';
import type { RequestView } from './request-view.ts';

/** The clarification form's input and errors, empty when the page is first shown. */
export interface RequestForm {
  values: Record<string, string>;
  errors: Record<string, string>;
}

/** What both sides' request pages take: the request, and the clarification form's state. */
export interface RequestPageProps {
  ctx: PageContext;
  view: RequestView;
  values: Record<string, string>;
  errors: Record<string, string>;
}

/**
 * One side's request page (the organisation's detail, the officer's review): `load` reads the
 * request as that side may see it, or names the page to go to instead. The page is shown as
 * asked for, or again with the refused input and its errors (400).
 */
export function requestPage<Key>(
  Page: FunctionComponent<RequestPageProps>,
  load: (request: FastifyRequest, key: Key) => Promise<RequestView | { redirect: string }>,
) {
  return async (
    request: FastifyRequest,
    reply: FastifyReply,
    key: Key,
    form: RequestForm = { values: {}, errors: {} },
  ): Promise<FastifyReply> => {
    const view = await load(request, key);
    if ('redirect' in view) return reply.redirect(view.redirect, 303);
    const ctx = pageContext(request, reply);
    return sendFormPage(
      reply,
      <Page ctx={ctx} view={view} values={form.values} errors={form.errors} />,
      form.errors,
    );
  };
}

/**
 * The clarification form of either side (the officer's question, the organisation's answer):
 * refused text shows the page again with the input kept; otherwise `take` records it and the
 * browser goes back to the page.
 */
export async function clarificationStep(
  request: FastifyRequest,
  reply: FastifyReply,
  field: 'question' | 'answer',
  side: {
    show: (form: RequestForm) => Promise<FastifyReply>;
    take: (text: string) => Promise<unknown>;
    back: string;
  },
): Promise<FastifyReply> {
  const values = formFields(request.body);
  const text = clarificationFromForm(values, field, pageContext(request, reply).locale);
  if (!text.ok) return side.show({ values, errors: text.errors });
  await side.take(text.text);
  return reply.redirect(side.back, 303);
}
