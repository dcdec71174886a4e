import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { formFields } from '../platform/http/form-body.ts';
import { earlierOutcome, redirectOnce, submitFormOnce } from '../platform/http/form-submissions.ts';
import { pageContext, sendFormPage, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import { registerRequestApi } from './request-api.ts';
import { representative } from './org-actor.ts';
import { requestErrors } from './request-errors.ts';
import { clarificationStep, requestPage } from './request-page.tsx';
import { draftAsFields, inputFromForm, validateRequest } from './request-form.ts';
import { problemMessages } from './request-texts.ts';
import { viewAsDraft } from './request-view.ts';
import {
  answerClarification,
  requestForOrganisation,
  requestsOfOrganisation,
  saveDraft,
  submitRequest,
} from './requests.ts';
import { RequestCheckPage } from './views/request-check-page.tsx';
import { RequestDetailPage } from './views/request-detail-page.tsx';
import { RequestFormPage } from './views/request-form-page.tsx';
import { RequestListPage } from './views/request-list-page.tsx';
import { RequestSubmittedPage } from './views/request-submitted-page.tsx';

const orgUser = ['org_user'] as const;
const IdParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
});
const BASE = '/organizacijas/pieprasijumi';

/** Motivated access requests: the form, check answers and the API (staff review them in the back office). */
export function registerRequestRoutes(app: App, deps: RouteDeps): void {
  const { db, clock } = deps;
  const publicUrl = deps.config.publicUrl;

  app.get(BASE, { config: { access: orgUser }, schema: { hide: true } }, async (request, reply) => {
    const me = representative(request);
    const items = await requestsOfOrganisation(db, me.organisationId, clock.now());
    return sendPage(reply, <RequestListPage ctx={pageContext(request, reply)} items={items} />);
  });

  const showForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    action: string,
    values: Record<string, string>,
    errors: Record<string, string>,
  ) =>
    sendFormPage(
      reply,
      <RequestFormPage
        ctx={pageContext(request, reply)}
        action={action}
        values={values}
        errors={errors}
      />,
      errors,
    );

  /** The organisation's draft, or "not a draft" when it was submitted meanwhile. */
  const ownDraft = async (request: FastifyRequest, id: number) => {
    const me = representative(request);
    const view = await requestForOrganisation(db, me.organisationId, id, clock.now());
    if (view.status !== 'draft') throw new AppError(requestErrors.request_not_draft);
    return view;
  };

  /**
   * Validates the posted form and saves the draft once per form token; redisplays it with the
   * problems otherwise. `id` names the draft being changed, checked to be the organisation's own
   * draft after a resent form was sent where the first led (it may be submitted since).
   */
  const saveForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    action: string,
    id?: number,
  ) => {
    const earlier = await earlierOutcome(db, request);
    if (earlier !== null) return reply.redirect(earlier, 303);
    if (id !== undefined) await ownDraft(request, id);
    const me = representative(request);
    const fields = formFields(request.body);
    const checked = validateRequest(inputFromForm(fields));
    if (!checked.ok) {
      const locale = pageContext(request, reply).locale;
      return showForm(request, reply, action, fields, problemMessages(checked.problems, locale));
    }
    const saved = await submitFormOnce(db, request, action, async (trx) => {
      const draft = await saveDraft(trx, me, checked.value, clock.now(), id);
      return `${BASE}/${draft}/parbaudit`;
    });
    return reply.redirect(saved, 303);
  };

  app.get(
    `${BASE}/jauns`,
    { config: { access: orgUser }, schema: { hide: true } },
    async (request, reply) => {
      representative(request);
      return showForm(request, reply, `${BASE}/jauns`, {}, {});
    },
  );

  app.post(
    `${BASE}/jauns`,
    { config: { access: orgUser }, schema: { hide: true } },
    async (request, reply) => saveForm(request, reply, `${BASE}/jauns`),
  );

  app.get(
    `${BASE}/:id/labot`,
    { config: { access: orgUser }, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const view = await ownDraft(request, request.params.id);
      const action = `${BASE}/${view.id}/labot`;
      return showForm(request, reply, action, draftAsFields(viewAsDraft(view)), {});
    },
  );

  app.post(
    `${BASE}/:id/labot`,
    { config: { access: orgUser }, schema: { hide: true, params: IdParams } },
    async (request, reply) =>
      saveForm(request, reply, `${BASE}/${request.params.id}/labot`, request.params.id),
  );

  app.get(
    `${BASE}/:id/parbaudit`,
    { config: { access: orgUser }, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const view = await ownDraft(request, request.params.id);
      return sendPage(reply, <RequestCheckPage ctx={pageContext(request, reply)} view={view} />);
    },
  );

  app.post(
    `${BASE}/:id/iesniegt`,
    { config: { access: orgUser }, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const me = representative(request);
      const { id } = request.params;
      return redirectOnce(db, request, reply, `${BASE}/${id}/parbaudit`, async (trx) => {
        await submitRequest(trx, me, id, {
          now: clock.now(),
          publicUrl,
          httpRequestId: request.id,
          channel: 'browser',
        });
        return `${BASE}/${id}/iesniegts`;
      });
    },
  );

  app.get(
    `${BASE}/:id/iesniegts`,
    { config: { access: orgUser }, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const me = representative(request);
      const view = await requestForOrganisation(
        db,
        me.organisationId,
        request.params.id,
        clock.now(),
      );
      if (view.status === 'draft') return reply.redirect(`${BASE}/${view.id}/parbaudit`, 303);
      return sendPage(
        reply,
        <RequestSubmittedPage ctx={pageContext(request, reply)} view={view} />,
      );
    },
  );

  const showDetail = requestPage(RequestDetailPage, async (request, id: number) => {
    const me = representative(request);
    const view = await requestForOrganisation(db, me.organisationId, id, clock.now());
    return view.status === 'draft' ? { redirect: `${BASE}/${view.id}/parbaudit` } : view;
  });

  app.get(
    `${BASE}/:id`,
    { config: { access: orgUser }, schema: { hide: true, params: IdParams } },
    async (request, reply) => showDetail(request, reply, request.params.id),
  );

  app.post(
    `${BASE}/:id/precizejums`,
    { config: { access: orgUser }, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const me = representative(request);
      const { id } = request.params;
      const back = `${BASE}/${id}`;
      return clarificationStep(request, reply, 'answer', {
        show: (form) => showDetail(request, reply, id, form),
        take: (text) =>
          submitFormOnce(db, request, back, async (trx) => {
            await answerClarification(trx, me, id, text, {
              now: clock.now(),
              httpRequestId: request.id,
              channel: 'browser',
            });
            return back;
          }),
        back,
      });
    },
  );

  registerRequestApi(app, deps);
}
