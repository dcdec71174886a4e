import { Type } from 'typebox';
import { AppError } from '../platform/errors.ts';
import { principalOf } from '../platform/http/auth.ts';
import type { App } from '../platform/http/app-type.ts';
import { formFields } from '../platform/http/form-body.ts';
import { submitFormOnce } from '../platform/http/form-submissions.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import {
  askClarification,
  decideScope,
  problemMessages,
  requestErrors,
  requestForStaff,
  reviewQueue,
  type QueueFilter,
} from '../onboarding/service.ts';
import { clarificationStep, requestPage } from '../onboarding/routes.ts';
import type { RouteDeps } from '../route-deps.ts';
import { registerCalendarRoutes } from './calendar-routes.tsx';
import { RequestQueuePage } from './views/request-queue-page.tsx';
import { RequestReviewPage } from './views/request-review-page.tsx';

/** The register authority's (PMLP) work: other staff are refused with `role_required`. */
const officers = ['staff:pmlp_officer'] as const;
const BASE = '/darbinieki/pieprasijumi';
const ReferenceParams = Type.Object({ reference: Type.String({ pattern: '^PP-\\d{4}-\\d{6}$' }) });
const QueueQuery = Type.Object({
  filtrs: Type.Optional(
    Type.Union([Type.Literal(''), Type.Literal('nokaveti'), Type.Literal('sonedel')]),
  ),
  lang: Type.Optional(Type.String()),
});
const FILTERS: Record<string, QueueFilter> = { nokaveti: 'overdue', sonedel: 'due_this_week' };

/** The staff side of access requests: the queue by deadline, clarification, per-scope decisions. */
export function registerBackofficeRequestRoutes(app: App, deps: RouteDeps): void {
  const { db, clock } = deps;
  const publicUrl = deps.config.publicUrl;

  app.get(
    BASE,
    { config: { access: officers }, schema: { hide: true, querystring: QueueQuery } },
    async (request, reply) => {
      const chosen = request.query.filtrs ?? '';
      const rows = await reviewQueue(db, FILTERS[chosen] ?? 'all', clock.now());
      return sendPage(
        reply,
        <RequestQueuePage ctx={pageContext(request, reply)} rows={rows} filter={chosen} />,
      );
    },
  );

  const showRequest = requestPage(RequestReviewPage, (_request, reference: string) =>
    requestForStaff(db, reference, clock.now()),
  );

  app.get(
    `${BASE}/:reference`,
    { config: { access: officers }, schema: { hide: true, params: ReferenceParams } },
    async (request, reply) => showRequest(request, reply, request.params.reference),
  );

  app.post(
    `${BASE}/:reference/precizet`,
    { config: { access: officers }, schema: { hide: true, params: ReferenceParams } },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      const { reference } = request.params;
      return clarificationStep(request, reply, 'question', {
        show: (form) => showRequest(request, reply, reference, form),
        // The question is asked once: a resent form is only shown the request.
        take: (text) =>
          submitFormOnce(db, request, `${BASE}/${reference}`, async (trx) => {
            await askClarification(trx, me, reference, text, {
              now: clock.now(),
              publicUrl,
              httpRequestId: request.id,
            });
            return `${BASE}/${reference}`;
          }),
        back: `${BASE}/${reference}`,
      });
    },
  );

  app.post(
    `${BASE}/:reference/lemums`,
    { config: { access: officers }, schema: { hide: true, params: ReferenceParams } },
    async (request, reply) => {
      const me = principalOf(request, 'staff');
      const fields = formFields(request.body);
      const scope = fields.scope ?? '';
      if (!/^[a-z_]{1,40}$/.test(scope)) throw new AppError(requestErrors.scope_not_requested);
      const decision = fields[`decision_${scope}`];
      const reason = (fields[`reason_${scope}`] ?? '').trim();
      const problems: {
        field: string;
        code: 'scope_decision_required' | 'decision_reason_required';
      }[] = [];
      if (decision !== 'approved' && decision !== 'refused') {
        problems.push({ field: `decision_${scope}`, code: 'scope_decision_required' });
      }
      if (reason === '' || reason.length > 2000) {
        problems.push({ field: `reason_${scope}`, code: 'decision_reason_required' });
      }
      if (problems.length > 0 || (decision !== 'approved' && decision !== 'refused')) {
        // A decided scope stays decided, whatever else is wrong with the form.
        const view = await requestForStaff(db, request.params.reference, clock.now());
        const asked = view.scopes.find((s) => s.scope === scope);
        if (asked === undefined) throw new AppError(requestErrors.scope_not_requested);
        if (asked.decision !== 'pending') throw new AppError(requestErrors.scope_already_decided);
        const locale = pageContext(request, reply).locale;
        return showRequest(request, reply, request.params.reference, {
          values: fields,
          errors: problemMessages(problems, locale),
        });
      }
      const page = `${BASE}/${request.params.reference}`;
      const outcome = await submitFormOnce(db, request, page, async (trx) => {
        await decideScope(
          trx,
          me,
          request.params.reference,
          { scope, decision, reason },
          { now: clock.now(), publicUrl, httpRequestId: request.id },
        );
        return page;
      });
      return reply.redirect(outcome, 303);
    },
  );

  registerCalendarRoutes(app, deps);
}
